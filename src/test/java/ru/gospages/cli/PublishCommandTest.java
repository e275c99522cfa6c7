package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.gospages.testing.Submissions.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.testing.Submissions;

/**
 * {@code publish} from the command line: exit codes of SPEC 11, the hook after a run
 * ({@code gospages.publish.after-run}) that never fails the run, and the publishes in {@code history}.
 */
class PublishCommandTest {

    @TempDir
    Path dir;

    private final String database = "--spring.datasource.url=jdbc:hsqldb:mem:publish" + UUID.randomUUID();
    private String printed;

    @Test
    void publishesAfterARunAndExitsWithTheCodesOfSpec11AndHistoryListsThePublishes() throws Exception {
        Path output = dir.resolve("output");
        assertThat(cli("publish", "--output=" + output)).isEqualTo(ExitCode.USAGE);
        assertThat(printed).contains("Нет дерева открытых данных");

        input("2022-11");
        // after-run to a folder that does not exist: the run completes, the failed publish is reported and recorded
        assertThat(cli("run", "--period=2022-11", "--input=" + dir.resolve("input/2022-11"), "--output=" + output,
                "--gospages.publish.after-run=true", "--gospages.publish.target=static",
                "--gospages.publish.static.dir=" + dir.resolve("web"))).isEqualTo(ExitCode.OK);
        assertThat(printed).contains("Период 2022-11 обработан", "Публикация после обработки периода 2022-11 не удалась",
                "Папки публикации " + dir.resolve("web") + " нет");

        assertThat(cli("publish", "--output=" + output, "--target=ftp")).isEqualTo(ExitCode.USAGE);
        assertThat(printed).contains("Неизвестное место публикации «ftp»");
        assertThat(cli("publish", "--output=" + output, "--target=ckan")).isEqualTo(ExitCode.USAGE);
        assertThat(printed).contains("gospages.publish.ckan.url");
        assertThat(cli("publish", "--output=" + output, "--period=2022-10")).isEqualTo(ExitCode.USAGE);
        assertThat(printed).contains("нет версии данных за период 2022-10");

        assertThat(cli("publish", "--output=" + output)).isEqualTo(ExitCode.OK);
        assertThat(printed).contains("Опубликовано (package)", "отправлено файлов: 8");
        assertThat(output.resolve("publish/opendata-2022-11.zip")).isRegularFile();
        assertThat(cli("publish", "--output=" + output, "--period=2022-11")).isEqualTo(ExitCode.OK);
        assertThat(printed).contains("Публиковать нечего (package");

        Files.createDirectories(dir.resolve("web"));
        assertThat(cli("publish", "--output=" + output, "--target=static", "--gospages.publish.static.dir=" + dir.resolve("web")))
                .isEqualTo(ExitCode.OK);
        assertThat(dir.resolve("web/list.csv")).isRegularFile();

        assertThat(cli("history")).isEqualTo(ExitCode.OK);
        List<String> lines = printed.lines().toList();
        int title = lines.indexOf("Публикации:");
        assertThat(title).isPositive();
        assertThat(lines.get(title + 1)).matches("№ +период +куда +начало +результат +отправлено +без изменений +место");
        assertThat(lines.subList(title + 2, lines.size())).hasSize(4);
        assertThat(lines.get(title + 2)).matches(" *4  2022-11  static +\\S+ \\S+  опубликовано +8 +0  .*web");
        assertThat(lines.get(title + 3)).matches(" *3  2022-11  package .*нечего публиковать +0 +8  .*opendata-2022-11\\.zip");
        assertThat(lines.get(title + 4)).matches(" *2  2022-11  package .*опубликовано +8 +0  .*");
        assertThat(lines.get(title + 5)).matches(" *1  2022-11  static .*ошибка +0 +0");
    }

    private void input(String period) {
        Submissions.csvUtf8(dir.resolve("input").resolve(period).resolve("pages.csv"), List.of(
                row("Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка"),
                row("Администрация города Сургута", Submissions.inn("860202024"), "г. Сургут", "https://vk.com/admsurgut", "да")));
    }

    private int cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(database);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
        printed = out.toString(StandardCharsets.UTF_8);
        return exit;
    }
}
