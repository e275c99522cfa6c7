package ru.gospages.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import ru.gospages.testing.Migrated;
import ru.gospages.testing.TestDatabase;

/** The registry of each run kept in the database in blocks: written, read back, switched to by completing a run. */
@Tag("database")
class RegistryStoreTest {

    RegistryStore store;
    NamedParameterJdbcTemplate jdbc;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = (DriverManagerDataSource) TestDatabase.fresh("store").dataSource();
        Migrated.migrate(dataSource);
        jdbc = new NamedParameterJdbcTemplate(dataSource);
        store = new RegistryStore(jdbc, new Sql(Database.of(dataSource)));
    }

    @Test
    void aRegistryOfSeveralBlocksReadsBackPageForPageInItsOrder() {
        List<RegistryEntry> pages = pages(RegistryStore.BLOCK_PAGES * 2 + 17, "2023-05");
        write("2023-05", 11, pages);

        assertThat(read("2023-05", 11)).isEqualTo(pages);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM gp_registry_block", new java.util.HashMap<>(), Integer.class))
                .isEqualTo(3);
    }

    @Test
    void anEmptyRegistryReadsAsNoPages() {
        write("2023-05", 11, List.of());
        assertThat(read("2023-05", 11)).isEmpty();
    }

    @Test
    void thePreviousRunIsTheLatestCompletedPeriodBeforeAndCompletingDropsTheOtherRegistriesOfItsPeriod() {
        write("2023-01", 1, pages(3, "2023-01"));
        store.completeRun("2023-01", 1, 0, Instant.now());
        write("2023-02", 2, pages(4, "2023-02"));
        write("2023-02", 3, pages(5, "2023-02"));
        assertThat(store.previousRun("2023-02")).contains(new RegistryStore.StoredRun("2023-01", 1));
        assertThat(store.previousRun("2023-03")).contains(new RegistryStore.StoredRun("2023-01", 1));
        assertThat(store.previousRun("2023-01")).isEmpty();

        store.completeRun("2023-02", 3, 0, Instant.now());
        assertThat(store.previousRun("2023-03")).contains(new RegistryStore.StoredRun("2023-02", 3));
        assertThat(read("2023-02", 3)).hasSize(5);
        assertThat(read("2023-02", 2)).isEmpty();
        assertThat(store.completedRuns()).containsEntry("2023-01", 1L).containsEntry("2023-02", 3L);
    }

    @Test
    void writingAgainUnderTheSameExecutionReplacesWhatItWrote() {
        write("2023-05", 11, pages(5, "2023-05"));
        write("2023-05", 11, pages(2, "2023-05"));
        assertThat(read("2023-05", 11)).hasSize(2);
    }

    private void write(String period, long execution, List<RegistryEntry> pages) {
        try (RegistryStore.Writer writer = store.replace(period, execution)) {
            pages.forEach(writer::add);
        }
    }

    private List<RegistryEntry> read(String period, long execution) {
        List<RegistryEntry> pages = new ArrayList<>();
        Iterator<RegistryEntry> stored = store.read(new RegistryStore.StoredRun(period, execution));
        stored.forEachRemaining(pages::add);
        return pages;
    }

    private static List<RegistryEntry> pages(int count, String period) {
        List<RegistryEntry> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(new RegistryEntry("vk:name:p" + i, i, "https://vk.com/p" + i, "vk", "Организация № " + i,
                    "7707083893", i % 2 == 0 ? "" : "1027700132195", "Иное", "71800000", i % 3 == 0,
                    i % 5 == 0 ? OptionalLong.empty() : OptionalLong.of(i), period, i % 7 == 0));
        }
        return pages;
    }
}
