package ru.gospages.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.gospages.GospagesApplication;
import ru.gospages.intake.SubmittedRow;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.PageRecord;

/** The merge rules of SPEC 6.1 on staged rows, one rule per test. */
@SpringBootTest(classes = GospagesApplication.class)
class MergeRulesTest {

    static final String P = "2023-01";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:mem:merge" + UUID.randomUUID());
    }

    @Autowired
    StagingRepository staging;
    @Autowired
    RegistryRepository registry;
    @Autowired
    Municipalities municipalities;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    final List<CheckedRow> rows = new ArrayList<>();

    @BeforeEach
    void clean() {
        staging.replaceMunicipalities(municipalities.all());
        staging.clearPeriod(P);
    }

    @Test
    void firstListingInInputOrderGivesOrganisationInnOgrnTypeAndMunicipality() {
        // written out of order on purpose: file 2 before file 1, a later row before an earlier one
        page(2, 0, 5, "vk:group:1", "Позже", "8602020249", "1028600000000", "Суд", "71876000", true, 10);
        page(1, 1, 3, "vk:group:1", "Второй лист", "8614008550", "", "Иное", "71826000", false, 5);
        page(1, 0, 9, "vk:group:1", "Первая", "7707083893", "1027700132195", "Государственный орган", "71800000", false, 1);
        merge();

        assertThat(registryRow("vk:group:1")).isEqualTo("Первая|7707083893|1027700132195|Государственный орган|71800000");
    }

    @Test
    void pageIsVerifiedWhenAnyListingSaysVerified() {
        page(1, 0, 2, "ok:group:2", "А", "7707083893", "", "Иное", "71800000", false, 1);
        page(1, 0, 3, "ok:group:2", "А", "7707083893", "", "Иное", "71800000", true, 1);
        page(1, 0, 4, "ok:group:2", "А", "7707083893", "", "Иное", "71800000", false, 1);
        merge();

        assertThat(verified("ok:group:2")).isTrue();
    }

    @Test
    void pageIsNotVerifiedWhenNoListingSaysSo() {
        page(1, 0, 2, "ok:group:3", "А", "7707083893", "", "Иное", "71800000", false, 1);
        page(2, 0, 2, "ok:group:3", "А", "7707083893", "", "Иное", "71800000", false, 1);
        merge();

        assertThat(verified("ok:group:3")).isFalse();
    }

    @Test
    void followersIsTheLargestValueGivenAndAbsentValuesDoNotCount() {
        page(1, 0, 2, "vk:name:a", "А", "7707083893", "", "Иное", "71800000", false, 100);
        page(1, 0, 3, "vk:name:a", "А", "7707083893", "", "Иное", "71800000", false, -1);
        page(1, 0, 4, "vk:name:a", "А", "7707083893", "", "Иное", "71800000", false, 2500);
        page(1, 0, 5, "vk:name:b", "Б", "7707083893", "", "Иное", "71800000", false, -1);
        merge();

        assertThat(followers("vk:name:a")).isEqualTo(2500L);
        assertThat(followers("vk:name:b")).isNull();
    }

    @Test
    void everyLaterListingIsADuplicateAndAConflictOnlyWhenInnOrMunicipalityDiffers() {
        page(1, 0, 2, "vk:name:c", "А", "7707083893", "", "Иное", "71800000", false, 1);
        page(1, 0, 3, "vk:name:c", "А", "7707083893", "", "Суд", "71800000", false, 1);
        page(1, 0, 4, "vk:name:c", "Б", "8614008550", "", "Иное", "71800000", false, 1);
        page(1, 0, 5, "vk:name:c", "А", "7707083893", "", "Иное", "71876000", false, 1);

        List<String> duplicates = new ArrayList<>();
        registry.merge(P, d -> duplicates.add(d.row() + ":" + (!d.inn().equals(d.firstInn()) || !d.oktmo().equals(d.firstOktmo()))));
        assertThat(duplicates).containsExactly("3:false", "4:true", "5:true");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM gp_registry WHERE period = :p", Map.of("p", P), Integer.class)).isEqualTo(1);
    }

    private void page(int file, int sheet, int row, String key, String org, String inn, String ogrn, String type,
                      String oktmo, boolean verified, long followers) {
        SubmittedRow.Place place = new SubmittedRow.Place("f" + file + ".xlsx", "Лист" + sheet, sheet, row);
        String[] parts = key.split(":");
        PageRecord record = new PageRecord(place, 4, org, inn, ogrn, type, oktmo, parts[0], key,
                "https://" + parts[0] + ".example/" + parts[2], "written", verified,
                followers < 0 ? OptionalLong.empty() : OptionalLong.of(followers));
        staging.write(P, file, List.of(new CheckedRow(place, List.of(record), 0, List.of(), Optional.empty())));
        staging.clearFileOutcome(P, file);
        staging.writeFile(P, file, place.file(), false, 0, 0, 0);
    }

    private void merge() {
        registry.merge(P, duplicate -> { });
    }

    private String registryRow(String key) {
        return jdbc.queryForObject("SELECT organization, inn, ogrn, org_type, oktmo FROM gp_registry WHERE period = :p AND page_key = :k",
                Map.of("p", P, "k", key), (rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
    }

    private boolean verified(String key) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT verified FROM gp_registry WHERE period = :p AND page_key = :k",
                Map.of("p", P, "k", key), Boolean.class));
    }

    private Long followers(String key) {
        return jdbc.queryForObject("SELECT followers FROM gp_registry WHERE period = :p AND page_key = :k",
                Map.of("p", P, "k", key), Long.class);
    }
}
