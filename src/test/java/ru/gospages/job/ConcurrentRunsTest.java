package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static ru.gospages.testing.Submissions.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.testing.ChildRun;
import ru.gospages.testing.GeneratedPeriod;
import ru.gospages.testing.Submissions;
import ru.gospages.testing.TestDatabase;

/**
 * Two operators start the same period on one machine with the embedded database: the second
 * process is refused with exit 3 and a message while the first runs, the first completes, and
 * after it a new run of the period works.
 */
@Tag("database")
class ConcurrentRunsTest {

    static final String PERIOD = "2023-06";
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** HSQLDB polls a held lock for about 10 s before it gives up; one short poll keeps the test quick. */
    static final List<String> FAIL_FAST = List.of("-Dhsqldb.lockfile_poll_retries=1", "-Dhsqldb.lockfile.poll.interval=10");

    @TempDir
    Path dir;

    @Test
    void aSecondRunWhileTheFirstHoldsTheDatabaseExitsThreeAndARunAfterTheFirstWorks() throws Exception {
        assumeFalse(TestDatabase.onPostgres(), "the embedded database's file lock; on PostgreSQL: ConcurrentRunsPostgresTest");
        Path db = dir.resolve("db");
        Path input = dir.resolve("input").resolve(PERIOD);
        // many small files read one at a time: a run that lasts, whatever the machine
        GeneratedPeriod.write(input, 500, 10);

        try (ChildRun first = ChildRun.start(db, "run", "--period=" + PERIOD, "--input=" + input,
                "--output=" + dir.resolve("output"), "--gospages.intake.threads=1")) {
            assertThat(first.await(() -> Files.exists(db.resolve("gospages.lck")), TIMEOUT)).as(first.output()).isTrue();

            try (ChildRun second = ChildRun.start(db, FAIL_FAST, "run", "--period=" + PERIOD, "--input=" + input,
                    "--output=" + dir.resolve("output"))) {
                assertThat(second.exitCode(TIMEOUT)).as(second.output()).isEqualTo(3);
                assertThat(second.output()).contains("Встроенная база данных занята другим процессом gospages");
            }
            // exit 3 is itself the proof that the first run held the database then: HSQLDB drops its
            // lock when the first run ends, and a later run works (below). Whether the first is still
            // at work when the second has exited depends on the machine: it may be done by then.
            assertThat(first.exitCode(TIMEOUT)).as(first.output()).isZero();
        }

        Path later = dir.resolve("input-later").resolve(PERIOD);
        Submissions.csvUtf8(later.resolve("pages.csv"), List.of(
                row("Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка"),
                row("Администрация города Сургута", Submissions.inn("860202024"), "г. Сургут", "https://vk.com/admsurgut", "да")));
        try (ChildRun third = ChildRun.start(db, "run", "--period=" + PERIOD, "--input=" + later,
                "--output=" + dir.resolve("output"))) {
            assertThat(third.exitCode(TIMEOUT)).as(third.output()).isZero();
            assertThat(third.output()).contains("Официальных страниц в реестре: 1,");
        }
    }
}
