package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** {@code schedule}: runs the previous month on the cron expression, printing each start and result, and goes on after a failure. */
class ScheduleCommandTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void onEveryFiringRunsThePreviousMonthAndPrintsTheStartAndTheResult() throws Exception {
        List<YearMonth> periods = new CopyOnWriteArrayList<>();
        CountDownLatch twoRuns = new CountDownLatch(2);
        ScheduleCommand schedule = new ScheduleCommand("* * * * * *", clockAt("2023-01-01T06:00:00"), period -> {
            periods.add(period);
            twoRuns.countDown();
            // the first run fails: the schedule must go on
            return periods.size() == 1 ? ExitCode.FAILED : ExitCode.OK;
        }, out);

        ThreadPoolTaskScheduler scheduler = schedule.start();
        try {
            assertThat(twoRuns.await(10, TimeUnit.SECONDS)).as(printed()).isTrue();
        } finally {
            scheduler.shutdown();
        }
        // the latch opens inside the second run, before the schedule prints its result
        assertThat(scheduler.getScheduledExecutor().awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(periods.subList(0, 2)).containsOnly(YearMonth.of(2022, 12));
        assertThat(printed())
                .contains("Расписание «* * * * * *»: обработка прошлого месяца; ближайший запуск 2023-01-01 06:00:0")
                .containsPattern("2023-01-01 06:00:0\\d Запуск по расписанию: период 2022-12")
                .contains("Запуск по расписанию за период 2022-12 закончен: код 1 (обработка не удалась)")
                .contains("Запуск по расписанию за период 2022-12 закончен: код 0 (обработка завершена)");
    }

    @Test
    void aRunThatThrowsIsAFailedRunNotTheEndOfTheSchedule() {
        ScheduleCommand schedule = new ScheduleCommand("0 0 6 1 * *", clockAt("2023-03-01T06:00:00"), period -> {
            throw new IllegalStateException("диск переполнен");
        }, out);

        assertThat(schedule.runPreviousMonth()).isEqualTo(ExitCode.FAILED);
        assertThat(printed()).contains("Обработка периода 2023-02 не удалась: диск переполнен")
                .contains("период 2023-02 закончен: код 1");
    }

    @Test
    void aBadCronExpressionIsAUsageError() {
        assertThatThrownBy(() -> new ScheduleCommand("0 6 1 * *", Clock.systemDefaultZone(), period -> 0, out))
                .isInstanceOf(UsageException.class).hasMessageContaining("«0 6 1 * *» (gospages.schedule.cron) задано неверно");
    }

    /** A clock that starts at the given local time and runs. */
    private static Clock clockAt(String localTime) {
        Clock system = Clock.system(ZONE);
        Duration offset = Duration.between(LocalDateTime.now(system), LocalDateTime.parse(localTime));
        return Clock.offset(system, offset);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
