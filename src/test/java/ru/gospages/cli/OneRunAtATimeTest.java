package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.gospages.testing.Submissions.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.gospages.GospagesApplication;
import ru.gospages.job.MonthlyRuns;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.job.InputFingerprint;
import ru.gospages.job.InterruptedRuns;
import ru.gospages.job.MonthlyJobConfiguration;
import ru.gospages.testing.Submissions;
import ru.gospages.testing.TestDatabase;

/**
 * The job repository's side of "one run per period at a time", as on a database that several
 * processes share (PostgreSQL): a live holder of the period's run lock makes {@code run} exit 3; a
 * dead one (old heartbeat) is taken over, and the execution it left "running" is marked failed and
 * restarted. The embedded database's own lock is tested across processes in {@code job.ConcurrentRunsTest}.
 */
@Tag("database")
@SpringBootTest(classes = GospagesApplication.class)
class OneRunAtATimeTest {

    static final String PERIOD = "2023-01";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("busy").register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @TempDir
    Path dir;

    RunOptions options;
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void input() {
        Path input = dir.resolve("input").resolve(PERIOD);
        Submissions.csvUtf8(input.resolve("pages.csv"), List.of(
                row("Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка"),
                row("Администрация города Сургута", Submissions.inn("860202024"), "г. Сургут", "https://vk.com/admsurgut", "да")));
        options = new RunOptions(YearMonth.parse(PERIOD), input, dir.resolve("output"));
        jdbc.update("DELETE FROM gp_run_lock", Map.of());
    }

    @Test
    void aRunOfAPeriodThatALiveProcessIsRunningExitsThreeAndSaysWhoRunsIt() {
        holdLock("other-host", LocalDateTime.now().minusSeconds(10));

        assertThat(run()).isEqualTo(ExitCode.BUSY);
        assertThat(printed()).contains("Обработка периода 2023-01 уже идёт: процесс 4242 на other-host");
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void aRunLeftRunningByADeadProcessIsMarkedFailedAndRestartedAndTheNewRunCompletes() {
        holdLock("other-host", LocalDateTime.now().minusMinutes(10));
        JobExecution left = leftRunning();

        assertThat(run()).isEqualTo(ExitCode.OK);

        assertThat(printed())
                .contains("Запуск " + left.getId() + " периода 2023-01")
                .contains("процесс 4242 на other-host остановлен")
                .contains("отмечен как прерванный")
                .contains("Возобновляется прерванный запуск " + left.getId())
                .contains("Официальных страниц в реестре: 1,");
        JobExecution recovered = context.getBean(JobRepository.class).getJobExecution(left.getId());
        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(recovered.getExitStatus().getExitCode()).isEqualTo(InterruptedRuns.EXIT_CODE);
        // the lock is free again
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM gp_run_lock", Map.of(), Long.class)).isZero();

        ByteArrayOutputStream history = new ByteArrayOutputStream();
        new HistoryCommand(context, new PrintStream(history, true, StandardCharsets.UTF_8)).run(Optional.empty(), 20);
        assertThat(history.toString(StandardCharsets.UTF_8).lines())
                .anyMatch(line -> line.matches(" *" + left.getId() + "  2023-01  .*  прерван  .*процесс 4242 на other-host остановлен.*"));
    }

    /** An execution as a killed process leaves it: STARTED, with the parameters the next run uses. */
    private JobExecution leftRunning() {
        JobParameters parameters = new JobParametersBuilder()
                .addString("period", PERIOD)
                .addString("input.fingerprint", InputFingerprint.of(options.input()))
                .addLong("run.no", 1L)
                .addString("input", options.input().toAbsolutePath().normalize().toString(), false)
                .addString("output", options.output().toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
        JobRepository repository = context.getBean(JobRepository.class);
        JobInstance instance = repository.createJobInstance(MonthlyJobConfiguration.JOB_NAME, parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now().minusMinutes(11));
        repository.update(execution);
        return execution;
    }

    private void holdLock(String host, LocalDateTime beat) {
        jdbc.update("INSERT INTO gp_run_lock (period, owner_host, owner_pid, owner_started, started_at, beat_at)"
                        + " VALUES (:period, :host, 4242, 0, :beat, :beat)",
                Map.of("period", PERIOD, "host", host, "beat", Timestamp.valueOf(beat)));
    }

    private int run() {
        return new RunCommand(context.getBean(MonthlyRuns.class), context.getBean(Publisher.class), new PrintStream(printed, true, StandardCharsets.UTF_8)).run(options);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
