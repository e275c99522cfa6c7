package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.registry.Database;
import ru.gospages.registry.Sql;
import ru.gospages.testing.Migrated;
import ru.gospages.testing.TestDatabase;

/** One run per period across processes: the lock, its heartbeat, and when a holder counts as dead. */
@Tag("database")
class RunLocksTest {

    static final Duration STALE = Duration.ofSeconds(60);

    final DataSource dataSource = TestDatabase.fresh("locks").dataSource();
    final NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
    final RunOwner here = RunOwner.current();
    final RunLocks locks;

    RunLocksTest() {
        Migrated.migrate(dataSource);
        locks = new RunLocks(jdbc, new Sql(Database.of(dataSource)), here, Duration.ofMillis(50), STALE);
    }

    @Test
    void aSecondRunOfThePeriodIsRefusedWhileTheFirstHoldsTheLockAndLetInAfter() throws Exception {
        try (RunLock first = locks.acquire("2023-01")) {
            assertThatThrownBy(() -> locks.acquire("2023-01"))
                    .isInstanceOfSatisfying(RunBusyException.class, e -> assertThat(e.holder().owner()).isEqualTo(here));
            // another period is another lock
            locks.acquire("2023-02").close();
        }
        try (RunLock again = locks.acquire("2023-01")) {
            assertThat(again.takenOver()).isEmpty();
        }
        assertThat(locks.holder("2023-01")).isEmpty();
    }

    @Test
    void theHolderBeatsWhileItRuns() throws Exception {
        try (RunLock lock = locks.acquire("2023-01")) {
            jdbc.update("UPDATE gp_run_lock SET beat_at = :old", Map.of("old", Timestamp.valueOf(LocalDateTime.now().minusMinutes(5))));
            Thread.sleep(300);
            assertThat(locks.holder("2023-01").orElseThrow().sinceHeartbeat()).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aLockOnAnotherMachineIsLiveUntilItsHeartbeatIsOlderThanTheLimit() throws Exception {
        RunOwner elsewhere = new RunOwner("other-host", 4242, 1);
        hold("2023-01", elsewhere, LocalDateTime.now().minusSeconds(20));
        assertThatThrownBy(() -> locks.acquire("2023-01")).isInstanceOf(RunBusyException.class)
                .hasMessageContaining("process 4242 on other-host");

        jdbc.update("UPDATE gp_run_lock SET beat_at = :old", Map.of("old", Timestamp.valueOf(LocalDateTime.now().minusSeconds(61))));
        try (RunLock lock = locks.acquire("2023-01")) {
            assertThat(lock.takenOver()).hasValueSatisfying(dead -> assertThat(dead.owner()).isEqualTo(elsewhere));
            assertThat(locks.holder("2023-01").orElseThrow().owner()).isEqualTo(here);
        }
    }

    @Test
    void aLockOfAProcessOfThisMachineThatIsGoneIsTakenOverAtOnce() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").start();
        ended.waitFor();
        RunOwner dead = new RunOwner(here.host(), ended.pid(), 0);
        // its heartbeat is fresh: killed a moment ago
        hold("2023-01", dead, LocalDateTime.now());

        try (RunLock lock = locks.acquire("2023-01")) {
            assertThat(lock.takenOver()).hasValueSatisfying(holder -> assertThat(holder.owner()).isEqualTo(dead));
        }
    }

    @Test
    void aProcessIdNowUsedByAnotherProcessIsNoLiveHolder() {
        // this JVM's own pid, but "started" an hour before it: the process that held the lock is gone
        RunOwner reused = new RunOwner(here.host(), here.pid(), here.processStarted() - 3_600_000);
        assertThat(reused.isGoneOn(here)).isTrue();
        assertThat(here.isGoneOn(here)).isFalse();
        assertThat(new RunOwner("other-host", here.pid(), 0).isGoneOn(here)).isFalse();
    }

    private void hold(String period, RunOwner owner, LocalDateTime beat) {
        jdbc.update("INSERT INTO gp_run_lock (period, owner_host, owner_pid, owner_started, started_at, beat_at)"
                        + " VALUES (:period, :host, :pid, :started, :beat, :beat)",
                Map.of("period", period, "host", owner.host(), "pid", owner.pid(), "started", owner.processStarted(),
                        "beat", Timestamp.valueOf(beat)));
    }
}
