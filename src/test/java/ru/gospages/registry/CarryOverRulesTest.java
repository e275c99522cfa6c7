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

/** The rules of SPEC 6.2 between a period's listed pages and the previous run's registry, one rule per test. */
class CarryOverRulesTest {

    static final String P = "2023-04";
    static final String OLDEST = "2023-01";
    static final String ADM = "7707083893";
    static final String SCHOOL = "8614008550";

    @TempDir
    Path dir;

    StagedPeriod period;

    @BeforeEach
    void period() {
        period = new StagedPeriod(dir, P);
    }

    @Test
    void pagesOfAnOrganisationThatSubmittedNothingAreCarriedWithTheirValuesAndLastReport() {
        period.page(1, 0, 2, "vk:name:adm", "Администрация", ADM, "", "Иное", "71800000", true, 5);
        Map<String, RegistryEntry> registry = carryOver(old("ok:group:7", SCHOOL, "2023-02", true));

        RegistryEntry carried = registry.get("ok:group:7");
        assertThat(carried.carriedOver()).isTrue();
        assertThat(carried.lastReported()).isEqualTo("2023-02");
        assertThat(carried.verified()).isTrue();
        assertThat(carried.followers()).isEqualTo(OptionalLong.of(42));
        assertThat(carried.organization()).isEqualTo("Школа");
        assertThat(registry.get("vk:name:adm").carriedOver()).isFalse();
        assertThat(registry.get("vk:name:adm").lastReported()).isEqualTo(P);
        assertThat(registry.values().stream().filter(RegistryEntry::carriedOver)).hasSize(1);
        assertThat(period.changes()).extracting(ChangeEntry::kind).containsExactly(PageChange.Kind.ADDED);
    }

    @Test
    void pagesLastReportedBeforeTheCarryOverMonthsAreRemoved() {
        period.page(1, 0, 2, "vk:name:adm", "Администрация", ADM, "", "Иное", "71800000", true, 5);
        Map<String, RegistryEntry> registry = carryOver(old("ok:group:7", SCHOOL, "2022-12", true));

        assertThat(registry).doesNotContainKey("ok:group:7");
        assertThat(period.changes()).extracting(c -> c.kind() + " " + c.pageUrl())
                .containsExactlyInAnyOrder("REMOVED https://ok.example/7", "ADDED https://vk.example/adm");
    }

    @Test
    void anOrganisationThatSubmittedHasExactlyThePagesItSubmittedNow() {
        period.page(1, 0, 2, "vk:name:adm", "Администрация", ADM, "", "Иное", "71800000", true, 5);
        Map<String, RegistryEntry> registry = carryOver(old("vk:name:adm", ADM, "2023-03", true),
                old("ok:group:9", ADM, "2023-03", true));

        assertThat(registry).containsOnlyKeys("vk:name:adm");
        assertThat(period.changes()).extracting(ChangeEntry::kind).containsExactly(PageChange.Kind.REMOVED);
    }

    @Test
    void aDuplicateListingAloneCountsAsSubmitting() {
        // the school lists only the administration's page: it submitted, so its own old page is not carried
        period.page(1, 0, 2, "vk:name:adm", "Администрация", ADM, "", "Иное", "71800000", true, 5);
        period.page(2, 0, 2, "vk:name:adm", "Школа", SCHOOL, "", "Иное", "71800000", true, 5);
        Map<String, RegistryEntry> registry = carryOver(old("ok:group:7", SCHOOL, "2023-03", true));

        assertThat(registry).containsOnlyKeys("vk:name:adm");
    }

    @Test
    void anExemptionAloneCountsAsSubmitting() {
        period.page(1, 0, 2, "vk:name:adm", "Администрация", ADM, "", "Иное", "71800000", true, 5);
        period.exemption(2, 3, "Школа", SCHOOL, "71800000");
        Map<String, RegistryEntry> registry = carryOver(old("ok:group:7", SCHOOL, "2023-03", true));

        assertThat(registry).containsOnlyKeys("vk:name:adm");
    }

    @Test
    void verificationGainedAndLostAreChanges() {
        period.page(1, 0, 2, "vk:name:adm", "Администрация", ADM, "", "Иное", "71800000", true, 5);
        period.page(1, 0, 3, "ok:group:1", "Администрация", ADM, "", "Иное", "71800000", false, 5);
        period.page(1, 0, 4, "ok:group:2", "Администрация", ADM, "", "Иное", "71800000", true, 5);
        carryOver(old("vk:name:adm", ADM, "2023-03", false), old("ok:group:1", ADM, "2023-03", true),
                old("ok:group:2", ADM, "2023-03", true));

        assertThat(period.changes()).extracting(c -> c.kind() + " " + c.pageUrl())
                .containsExactlyInAnyOrder("VERIFIED https://vk.example/adm", "UNVERIFIED https://ok.example/1");
    }

    @Test
    void withoutAPreviousRunThereAreNoChanges() {
        period.page(1, 0, 2, "vk:name:adm", "Администрация", ADM, "", "Иное", "71800000", true, 5);
        assertThat(period.registry()).containsOnlyKeys("vk:name:adm");
        assertThat(period.changes()).isEmpty();
    }

    private Map<String, RegistryEntry> carryOver(RegistryEntry... previous) {
        return period.registry(Optional.of(List.of(previous)), OLDEST);
    }

    private static RegistryEntry old(String key, String inn, String lastReported, boolean verified) {
        String[] parts = key.split(":");
        return new RegistryEntry(key, 1, "https://" + parts[0] + ".example/" + parts[2], parts[0],
                inn.equals(ADM) ? "Администрация" : "Школа", inn, "", "Иное", "71800000", verified, OptionalLong.of(42),
                lastReported, false);
    }
}
