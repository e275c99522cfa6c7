package ru.gospages.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import ru.gospages.profile.TestProfiles;
import ru.gospages.registry.ListedExemption;
import ru.gospages.registry.RegistryEntry;
import ru.gospages.rules.Municipalities;

/** The figures of SPEC 6.3 from registry pages and exemption rows, one rule per test. */
class FiguresCalculatorTest {

    static final String REGION = "71800000";
    static final String SURGUT = "71876000";

    final FiguresCalculator calculator = new FiguresCalculator(TestProfiles.standard(),
            Municipalities.load(Path.of("jobs/reference/municipalities.csv")));

    @Test
    void pagesAndVerifiedPagesCountPerMunicipalityAndPlatformAndInTheTotal() {
        page("vk", "7707083893", SURGUT, 1, true);
        page("ok", "7707083893", SURGUT, 2, false);
        page("vk", "8614008550", REGION, 3, true);
        Figures figures = calculator.figures();

        MunicipalityFigures surgut = municipality(figures, SURGUT);
        assertThat(surgut.count()).isEqualTo(new Count(2, 1));
        assertThat(surgut.byPlatform()).extracting(p -> p.platform() + " " + p.count().pages() + "/" + p.count().verified())
                .containsExactly("vk 1/1", "ok 1/0");
        assertThat(figures.total().count()).isEqualTo(new Count(3, 2));
        assertThat(figures.municipalities().get(0).oktmo()).isEqualTo(REGION);
    }

    @Test
    void anOrganisationCountsInTheMunicipalityOfItsFirstListingPageOrExemption() {
        page("vk", "7707083893", SURGUT, 20, true);
        calculator.add(new ListedExemption(10, "7707083893", REGION));
        Figures figures = calculator.figures();

        assertThat(municipality(figures, REGION).organizations()).isEqualTo(1);
        assertThat(municipality(figures, SURGUT).organizations()).isZero();
        assertThat(municipality(figures, SURGUT).count().pages()).isEqualTo(1);
    }

    @Test
    void compliantMeansAPageOnEveryRequiredPlatformOrAnExemption() {
        page("vk", "7707083893", SURGUT, 1, true);
        page("ok", "7707083893", SURGUT, 2, true);
        page("vk", "8614008550", SURGUT, 3, true);
        calculator.add(new ListedExemption(4, "8602020249", SURGUT));
        Figures figures = calculator.figures();

        assertThat(municipality(figures, SURGUT).organizations()).isEqualTo(3);
        assertThat(municipality(figures, SURGUT).compliantOrganizations()).isEqualTo(2);
        assertThat(figures.total().compliantOrganizations()).isEqualTo(2);
    }

    @Test
    void aMunicipalityWithoutPagesHasZeroPagesAndNoPercent() {
        MunicipalityFigures region = municipality(calculator.figures(), REGION);
        assertThat(region.count()).isEqualTo(new Count(0, 0));
        assertThat(region.count().verifiedPercent()).isNull();
    }

    private void page(String platform, String inn, String oktmo, long ord, boolean verified) {
        calculator.add(new RegistryEntry(platform + ":name:p" + ord, ord, "https://" + platform + ".example/p" + ord, platform,
                "Организация", inn, "", "Иное", oktmo, verified, OptionalLong.empty(), "2023-01", false));
    }

    private static MunicipalityFigures municipality(Figures figures, String oktmo) {
        return figures.municipalities().stream().filter(m -> m.oktmo().equals(oktmo)).findFirst().orElseThrow();
    }
}
