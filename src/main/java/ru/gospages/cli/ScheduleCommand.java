package ru.gospages.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import ru.gospages.job.FailureReason;
import ru.gospages.problems.Messages;

/**
 * {@code schedule}: stays in the foreground and, on the cron expression of the profile
 * ({@code gospages.schedule.cron}), runs {@code run} for the previous month, printing each start and
 * result with the time. One run at a time: a run that outlasts the interval delays the next start.
 */
public final class ScheduleCommand {

    /** Runs the monthly job for one period and returns {@code run}'s exit code. */
    @FunctionalInterface
    public interface PeriodRun {
        int run(YearMonth period);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String cron;
    private final Clock clock;
    private final PeriodRun runner;
    private final PrintStream out;

    public ScheduleCommand(String cron, Clock clock, PeriodRun runner, PrintStream out) {
        if (!CronExpression.isValidExpression(cron)) {
            throw new UsageException(Messages.text("schedule.badCron", cron));
        }
        this.cron = cron;
        this.clock = clock;
        this.runner = runner;
        this.out = out;
    }

    /** Schedules the runs and waits until the process is stopped (Ctrl+C, SIGTERM). */
    public int run() {
        ThreadPoolTaskScheduler scheduler = start();
        Runtime.getRuntime().addShutdownHook(new Thread(scheduler::shutdown, "schedule-stop"));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            scheduler.shutdown();
        }
        return ExitCode.OK;
    }

    /** Starts the scheduler thread; the caller shuts it down. */
    ThreadPoolTaskScheduler start() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("schedule-");
        scheduler.setClock(clock);
        scheduler.initialize();
        scheduler.schedule(this::runPreviousMonth, new CronTrigger(cron, clock.getZone()));
        LocalDateTime next = CronExpression.parse(cron).next(LocalDateTime.now(clock));
        out.println(Messages.text("schedule.started", cron, next == null ? "—" : next.format(TIME)));
        return scheduler;
    }

    /** One scheduled start: {@code run} for the month before the current one. */
    int runPreviousMonth() {
        YearMonth period = YearMonth.now(clock).minusMonths(1);
        out.println(Messages.text("schedule.runStarted", now(), period));
        int code;
        try {
            code = runner.run(period);
        } catch (RuntimeException e) {
            // a failed run must not end the schedule: next month is another chance
            out.println(Messages.text("run.failed", period, FailureReason.of(e)));
            code = ExitCode.FAILED;
        }
        out.println(Messages.text("schedule.runEnded", now(), period, code, Messages.text("exit." + code)));
        return code;
    }

    private String now() {
        return LocalDateTime.now(clock).format(TIME);
    }
}
