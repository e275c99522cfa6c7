package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.gospages.testing.Submissions.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.gospages.GospagesApplication;
import ru.gospages.job.MonthlyRuns;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.testing.Submissions;
import ru.gospages.testing.TestDatabase;

/**
 * {@code history}: every run newest first, with its period, times, status and the figures it
 * published; the interrupted status is shown in {@code job.CrashRecoveryTest}.
 */
@Tag("database")
@SpringBootTest(classes = GospagesApplication.class)
class HistoryCommandTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("history").register(registry);
    }

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    @Test
    void listsEveryRunNewestFirstWithItsFiguresAndMarksTheRunWhoseResultsTheRegistryHolds() {
        assertThat(history(Optional.empty())).containsExactly("Запусков ещё не было.");
        input("2022-11", "да", "нет");
        input("2022-12", "да", "да");
        assertThat(run("2022-11")).isEqualTo(ExitCode.OK);
        assertThat(run("2022-12")).isEqualTo(ExitCode.OK);
        assertThat(run("2022-12")).isEqualTo(ExitCode.OK);

        List<String> lines = history(Optional.empty());

        assertThat(lines.get(0)).matches("№ +период +начало +конец +статус +файлов +строк +страниц +с госметкой +примечание");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).matches(" *\\d+  2022-12  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  .{19}  завершён +1 +2 +2 +100,0\u00A0%  результаты в реестре");
        assertThat(lines.get(2)).matches(" *\\d+  2022-12  .*  завершён +1 +2 +2 +100,0\u00A0%");
        assertThat(lines.get(3)).matches(" *\\d+  2022-11  .*  завершён +1 +2 +2 +50,0\u00A0%  результаты в реестре");
        // the columns line up
        assertThat(lines.subList(1, 4).stream().map(line -> line.indexOf("2022-1")).distinct())
                .containsExactly(lines.get(0).indexOf("период"));
        assertThat(lines.subList(1, 4).stream().map(line -> line.indexOf("завершён")).distinct())
                .containsExactly(lines.get(0).indexOf("статус"));

        assertThat(history(Optional.of(YearMonth.parse("2022-11")))).hasSize(2).last().asString().contains("2022-11");
    }

    private void input(String period, String verified1, String verified2) {
        Submissions.csvUtf8(dir.resolve("input").resolve(period).resolve("pages.csv"), List.of(
                row("Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка"),
                row("Администрация города Сургута", Submissions.inn("860202024"), "г. Сургут", "https://vk.com/admsurgut", verified1),
                row("Администрация города Сургута", Submissions.inn("860202024"), "г. Сургут", "https://ok.ru/admsurgut", verified2)));
    }

    private int run(String period) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new RunCommand(context.getBean(MonthlyRuns.class), context.getBean(Publisher.class), out).run(new RunOptions(YearMonth.parse(period),
                dir.resolve("input").resolve(period), dir.resolve("output")));
    }

    private List<String> history(Optional<YearMonth> period) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = new HistoryCommand(context, new PrintStream(printed, true, StandardCharsets.UTF_8)).run(period, 20);
        assertThat(exit).isEqualTo(ExitCode.OK);
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
