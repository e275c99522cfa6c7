package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.testing.Submissions;

/** The command line: exit codes and messages of usage errors (SPEC 3). */
class CliTest {

    final ByteArrayOutputStream output = new ByteArrayOutputStream();
    final Cli cli = new Cli(new PrintStream(output, true, StandardCharsets.UTF_8));

    @Test
    void runOfAPeriodWhoseInputFolderIsMissingExitsTwoWithAClearMessage() {
        int exit = cli.run("run", "--period=2099-01", "--spring.datasource.url=jdbc:hsqldb:mem:cli1");

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(printed()).contains("Нет папки с файлами input/2099-01 за период 2099-01");
    }

    @Test
    void runWithABadPeriodExitsTwo() {
        assertThat(cli.run("run", "--period=2022-13", "--spring.datasource.url=jdbc:hsqldb:mem:cli2")).isEqualTo(ExitCode.USAGE);
        assertThat(printed()).contains("Период «2022-13» указан неверно");
    }

    @Test
    void unknownCommandExitsTwoAndShowsUsage() {
        assertThat(cli.run("frobnicate")).isEqualTo(ExitCode.USAGE);
        assertThat(printed()).contains("Неизвестная команда «frobnicate»").contains("Использование:");
    }

    @Test
    void helpShowsUsageAndExitsZero() {
        assertThat(cli.run("help")).isEqualTo(ExitCode.OK);
        assertThat(cli.run("--help")).isEqualTo(ExitCode.OK);
        assertThat(printed()).contains("check ПУТЬ...");
    }

    @Test
    void checkOfAMissingPathExitsTwo() {
        assertThat(cli.run("check", "no/such/folder")).isEqualTo(ExitCode.USAGE);
        assertThat(printed()).contains("Путь не найден: no/such/folder");
    }

    @Test
    void missingJobProfileIsAUsageErrorThatSaysWhereItWasLookedFor() {
        assertThat(cli.run("check", "input", "--gospages.profile=jobs/none.yml")).isEqualTo(ExitCode.USAGE);
        assertThat(printed()).contains("Не найден профиль задания jobs/none.yml");
    }

    @Test
    void historyOfADatabaseWithoutRunsSaysSoAndExitsZero() {
        assertThat(cli.run("history", "--spring.datasource.url=jdbc:hsqldb:mem:cli3")).isEqualTo(ExitCode.OK);
        assertThat(printed()).contains("Запусков ещё не было.");
    }

    @Test
    void scheduleWithABadCronExpressionOrAPeriodIsAUsageError() {
        assertThat(cli.run("schedule", "--gospages.schedule.cron=0 6 1 * *")).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("schedule", "--period=2022-12")).isEqualTo(ExitCode.USAGE);
        assertThat(printed()).contains("(gospages.schedule.cron) задано неверно").contains("не указывайте --period и --input");
    }

    @Test
    void aDirectoryWithBadLinesStopsRunAndCheckWithExitTwoNamingEveryBadLine(@TempDir Path dir) {
        Path directory = Submissions.directory(dir.resolve("organizations.csv"),
                "8602020241,,Плохой ИНН,71876000,,", Submissions.inn("860202024") + ",,Нет такого МО,71999000,,");

        assertThat(cli.run("check", "input/2022-11", "--gospages.directory=" + directory)).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("run", "--period=2022-11", "--output=" + dir.resolve("out"), "--gospages.directory=" + directory,
                "--spring.datasource.url=jdbc:hsqldb:mem:cli4")).isEqualTo(ExitCode.USAGE);

        String expected = "строка 2, столбец inn: ИНН 8602020241 не проходит проверку контрольной суммы";
        assertThat(printed()).contains("в справочнике организаций " + directory + " ошибки (2)")
                .contains(expected).contains("строка 3, столбец oktmo: ОКТМО «71999000» нет в справочнике");
        assertThat(printed().split(expected, -1)).hasSize(3);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
