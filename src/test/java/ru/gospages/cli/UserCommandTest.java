package ru.gospages.cli;

import java.util.stream.Stream;
import java.util.List;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import ru.gospages.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@Tag("database")
class UserCommandTest {

    private final List<String> db = TestDatabase.fresh("users").arguments();

    @Test
    void serveWithoutAnAccountExits2SayingHowToCreateOne() {
        Result serve = cli("", "serve", "--port=0");
        assertThat(serve.code).isEqualTo(ExitCode.USAGE);
        assertThat(serve.out).contains("Нет ни одной учётной записи", "user add ИМЯ --role=operator");
    }

    @Test
    void accountsAreAddedListedDisabledAndGivenTokens() {
        assertThat(cli("long-enough-1\n", "user", "add", "centre", "--role=operator").code).isZero();
        Result officer = cli("long-enough-2\n", "user", "add", "surgut", "--role=officer", "--municipality=71876000");
        assertThat(officer.code).isZero();
        assertThat(officer.out).contains("surgut", "officer", "71876000");
        assertThat(cli("long-enough-3\n", "user", "add", "surgut", "--role=officer", "--municipality=71876000").out)
                .contains("уже есть");
        Result token = cli("", "user", "token", "surgut");
        assertThat(token.code).isZero();
        assertThat(token.out.strip().lines().reduce((a, b) -> b).orElseThrow()).matches("gp_[A-Za-z0-9_-]{43}");
        assertThat(cli("", "user", "disable", "surgut").code).isZero();
        assertThat(cli("", "user", "list").out).contains("centre", "активна", "surgut", "отключена");
    }

    @Test
    void badInputIsAUsageError() {
        assertThat(cli("long-enough-1\n", "user", "add", "anna", "--role=officer", "--municipality=123").out)
                .contains("ОКТМО");
        assertThat(cli("short\n", "user", "add", "anna", "--role=operator").out).contains("не меньше 8");
        assertThat(cli("long-enough-1\n", "user", "add", "anna").out).contains("--role=operator");
        assertThat(cli("long-enough-1\n", "user", "add", "../anna", "--role=operator").code).isEqualTo(ExitCode.USAGE);
        assertThat(cli("", "user", "token", "nobody").code).isEqualTo(ExitCode.USAGE);
    }

    private Result cli(String stdin, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] all = Stream.concat(Arrays.stream(args), db.stream()).toArray(String[]::new);
        int code = new Cli(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).run(all);
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out) {
    }
}
