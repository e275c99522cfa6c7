package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static ru.gospages.testing.Submissions.row;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.gospages.testing.ChildRun;
import ru.gospages.testing.GeneratedPeriod;
import ru.gospages.testing.Migrated;
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
        Migrated.migrate(database.dataSource());
        input = dir.resolve("input").resolve(PERIOD);
        GeneratedPeriod.write(input, 50, 10);
    }

    @Test
    void aSecondProcessStartingThePeriodWhileTheFirstRunsExitsThreeAndTheFirstCompletes() throws SQLException {
        try (ChildRun first = ChildRun.start(database, List.of(), run(input))) {
            try (Connection hold = holdIntake()) {
                assertThat(first.await(this::locked, TIMEOUT)).as(first.output()).isTrue();
                try (ChildRun second = ChildRun.start(database, List.of(), run(input))) {
                    assertThat(second.exitCode(TIMEOUT)).as(second.output()).isEqualTo(3);
                    assertThat(second.output()).contains("Обработка периода " + PERIOD + " уже идёт: процесс");
                }
                assertThat(first.isAlive()).as(first.output()).isTrue();
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
            assertThat(third.output()).contains("Официальных страниц в реестре: 1,");
        }
    }

    @Test
    void theLockOfAKilledProcessIsTakenOverByTheNextRun() throws SQLException {
        try (ChildRun victim = ChildRun.start(database, List.of(), run(input));
             Connection hold = holdIntake()) {
            assertThat(victim.await(() -> locked() && started(), TIMEOUT)).as(victim.output()).isTrue();
            victim.kill();
        }
        assertThat(locked()).as("a killed process cannot release its lock").isTrue();
        try (ChildRun next = ChildRun.start(database, List.of(), run(input))) {
            assertThat(next.exitCode(TIMEOUT)).as(next.output()).isZero();
            assertThat(next.output()).contains("отмечен как прерванный");
        }
        assertThat(locked()).isFalse();
    }

    /**
     * Holds any run of the period inside its intake, after it took the run lock, until the connection
     * closes: the intake's first write to {@code gp_file} waits for this table lock (reads go on). A
     * run then lasts as long as the test needs, however fast the machine.
     */
    private Connection holdIntake() throws SQLException {
        Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("LOCK TABLE gp_file IN EXCLUSIVE MODE");
        }
        return connection;
    }

    /** Whether a run of the job has started and not ended, as other processes see the job repository. */
    private boolean started() {
        try {
            return new JdbcTemplate(database.dataSource())
                    .queryForObject("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'STARTED'", Integer.class) > 0;
        } catch (RuntimeException tableNotYetMade) {
            return false;
        }
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
