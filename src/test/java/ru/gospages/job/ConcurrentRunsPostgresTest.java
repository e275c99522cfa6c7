package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static ru.gospages.testing.Submissions.row;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.gospages.testing.ChildRun;
import ru.gospages.testing.GeneratedPeriod;
import ru.gospages.testing.Submissions;
import ru.gospages.testing.TestDatabase;

/**
 * One run per period across processes on PostgreSQL, where no file lock keeps a second process out:
 * only the run lock ({@code gp_run_lock}) does. A second process starting the same period exits 3
 * naming the first; a process killed mid-run leaves its lock row, which the next run takes over.
 * Needs a PostgreSQL server in the libpq environment (skips without one).
 */
@Tag("database")
class ConcurrentRunsPostgresTest {

    static final String PERIOD = "2023-06";
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    TestDatabase database;
    Path input;

    @BeforeEach
    void server() {
        var server = TestDatabase.PostgresServer.fromEnvironment();
        assumeTrue(server.isPresent(), TestDatabase.PostgresServer.absentMessage());
        database = server.get().create("concurrent");
        input = dir.resolve("input").resolve(PERIOD);
        // many small files read one at a time: a run that lasts, whatever the machine
        GeneratedPeriod.write(input, 500, 10);
    }

    @Test
    void aSecondProcessStartingThePeriodWhileTheFirstRunsExitsThreeAndTheFirstCompletes() {
        try (ChildRun first = ChildRun.start(database, List.of(), run(input))) {
            assertThat(first.await(this::locked, TIMEOUT)).as(first.output()).isTrue();
            try (ChildRun second = ChildRun.start(database, List.of(), run(input))) {
                assertThat(second.exitCode(TIMEOUT)).as(second.output()).isEqualTo(3);
                assertThat(second.output()).contains("Обработка периода " + PERIOD + " уже идёт: процесс");
            }
            assertThat(first.exitCode(TIMEOUT)).as(first.output()).isZero();
        }
        assertThat(locked()).isFalse();

        Path later = dir.resolve("input-later").resolve(PERIOD);
        Submissions.csvUtf8(later.resolve("pages.csv"), List.of(
                row("Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка"),
                row("Администрация города Сургута", Submissions.inn("860202024"), "г. Сургут", "https://vk.com/admsurgut", "да")));
        try (ChildRun third = ChildRun.start(database, List.of(), run(later))) {
            assertThat(third.exitCode(TIMEOUT)).as(third.output()).isZero();
            assertThat(third.output()).contains("В реестре 1 официальных страниц");
        }
    }

    @Test
    void theLockOfAKilledProcessIsTakenOverByTheNextRun() {
        try (ChildRun victim = ChildRun.start(database, List.of(), run(input))) {
            assertThat(victim.await(this::locked, TIMEOUT)).as(victim.output()).isTrue();
            victim.kill();
        }
        assertThat(locked()).as("a killed process cannot release its lock").isTrue();
        try (ChildRun next = ChildRun.start(database, List.of(), run(input))) {
            assertThat(next.exitCode(TIMEOUT)).as(next.output()).isZero();
            assertThat(next.output()).contains("отмечен как прерванный");
        }
        assertThat(locked()).isFalse();
    }

    private boolean locked() {
        try {
            return new JdbcTemplate(database.dataSource())
                    .queryForObject("SELECT COUNT(*) FROM gp_run_lock WHERE period = ?", Integer.class, PERIOD) > 0;
        } catch (RuntimeException tableNotYetMade) {
            return false;
        }
    }

    private String[] run(Path folder) {
        return new String[] {"run", "--period=" + PERIOD, "--input=" + folder, "--output=" + dir.resolve("output"),
                "--gospages.intake.threads=1"};
    }
}
