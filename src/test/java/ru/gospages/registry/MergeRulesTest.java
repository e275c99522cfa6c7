package ru.gospages.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.problems.Place;
import ru.gospages.problems.Problem;
import ru.gospages.rules.CheckedRow;

/** The merge rules of SPEC 6.1 on staged rows, one rule per test. */
class MergeRulesTest {

    static final String P = "2023-01";

    @TempDir
    Path dir;

    StagedPeriod period;

    @BeforeEach
    void period() {
        period = new StagedPeriod(dir, P);
    }

    @Test
    void firstListingInInputOrderGivesOrganisationInnOgrnTypeAndMunicipality() {
        // file 2 is staged before file 1 on purpose: files merge in their order, not in the order they were staged
        page(2, 0, 5, "vk:group:1", "Позже", "8602020249", "1028600000000", "Суд", "71876000", true, 10);
        page(1, 0, 9, "vk:group:1", "Первая", "7707083893", "1027700132195", "Государственный орган", "71800000", false, 1);
        page(1, 1, 3, "vk:group:1", "Второй лист", "8614008550", "", "Иное", "71826000", false, 5);
        Map<String, RegistryEntry> registry = merge();

        RegistryEntry page = registry.get("vk:group:1");
        assertThat(String.join("|", page.organization(), page.inn(), page.ogrn(), page.orgType(), page.oktmo()))
                .isEqualTo("Первая|7707083893|1027700132195|Государственный орган|71800000");
        assertThat(page.ord()).isEqualTo(InputOrder.of(1, 0, 9, 4));
    }

    @Test
    void pageIsVerifiedWhenAnyListingSaysVerified() {
        page(1, 0, 2, "ok:group:2", "А", "7707083893", "", "Иное", "71800000", false, 1);
        page(1, 0, 3, "ok:group:2", "А", "7707083893", "", "Иное", "71800000", true, 1);
        page(1, 0, 4, "ok:group:2", "А", "7707083893", "", "Иное", "71800000", false, 1);

        assertThat(merge().get("ok:group:2").verified()).isTrue();
    }

    @Test
    void pageIsNotVerifiedWhenNoListingSaysSo() {
        page(1, 0, 2, "ok:group:3", "А", "7707083893", "", "Иное", "71800000", false, 1);
        page(2, 0, 2, "ok:group:3", "А", "7707083893", "", "Иное", "71800000", false, 1);

        assertThat(merge().get("ok:group:3").verified()).isFalse();
    }

    @Test
    void followersIsTheLargestValueGivenAndAbsentValuesDoNotCount() {
        page(1, 0, 2, "vk:name:a", "А", "7707083893", "", "Иное", "71800000", false, 100);
        page(1, 0, 3, "vk:name:a", "А", "7707083893", "", "Иное", "71800000", false, -1);
        page(1, 0, 4, "vk:name:a", "А", "7707083893", "", "Иное", "71800000", false, 2500);
        page(1, 0, 5, "vk:name:b", "Б", "7707083893", "", "Иное", "71800000", false, -1);
        Map<String, RegistryEntry> registry = merge();

        assertThat(registry.get("vk:name:a").followers()).isEqualTo(OptionalLong.of(2500));
        assertThat(registry.get("vk:name:b").followers()).isEmpty();
    }

    @Test
    void everyLaterListingIsADuplicateAndAConflictOnlyWhenInnOrMunicipalityDiffers() {
        page(1, 0, 2, "vk:name:c", "А", "7707083893", "", "Иное", "71800000", false, 1);
        page(1, 0, 3, "vk:name:c", "А", "7707083893", "", "Суд", "71800000", false, 1);
        page(1, 0, 4, "vk:name:c", "Б", "8614008550", "", "Иное", "71800000", false, 1);
        page(1, 0, 5, "vk:name:c", "А", "7707083893", "", "Иное", "71876000", false, 1);

        assertThat(merge()).hasSize(1);
        assertThat(problems()).containsExactly("3 R-DUPLICATE", "4 R-DUPLICATE", "4 R-CONFLICT", "5 R-DUPLICATE", "5 R-CONFLICT");
        assertThat(period.merged.duplicates()).isEqualTo(3);
    }

    @Test
    void aDuplicateNamesItsFirstListingAndItsFindingsFollowTheRowsOwnProblems() {
        page(1, 0, 2, "vk:name:d", "А", "7707083893", "", "Иное", "71800000", false, 1);
        Place place = new Place("f2.xlsx", "Лист0", 0, 7);
        Problem own = new Problem("f2.xlsx", "Лист0", 7, "F", "", ru.gospages.problems.ProblemCode.R_VERIFIED_BLANK,
                ru.gospages.problems.Severity.WARNING, "Госметка не указана");
        period.row(2, new CheckedRow(place,
                List.of(StagedPeriod.record(place, "vk:name:d", "А", "7707083893", "", "Иное", "71800000", false, -1)), 0,
                List.of(own), Optional.empty()));
        merge();

        List<Problem> all = period.problems();
        assertThat(all).extracting(Problem::code).extracting(Enum::name).containsExactly("R_VERIFIED_BLANK", "R_DUPLICATE");
        assertThat(all.get(1).message()).contains("f1.xlsx").contains("Лист0").contains("2");
        assertThat(all.get(1).column()).isEqualTo("E");
    }

    private Map<String, RegistryEntry> merge() {
        return period.registry();
    }

    private List<String> problems() {
        return period.problems().stream().map(p -> p.row() + " " + p.code().code()).toList();
    }

    private void page(int file, int sheet, int row, String key, String org, String inn, String ogrn, String type,
                      String oktmo, boolean verified, long followers) {
        period.page(file, sheet, row, key, org, inn, ogrn, type, oktmo, verified, followers);
    }
}
