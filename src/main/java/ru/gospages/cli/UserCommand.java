package ru.gospages.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.gospages.accounts.Account;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.ApiTokens;
import ru.gospages.accounts.Role;
import ru.gospages.problems.Messages;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Municipality;

/**
 * {@code user add NAME --role=operator|officer [--municipality=OKTMO]}, {@code user list},
 * {@code user disable NAME}, {@code user token NAME}: the accounts of {@code serve} (SPEC 10.1). The
 * password comes from standard input (the terminal without echo, or one line of a pipe), never
 * from the command line, where other users of the machine could read it.
 */
public final class UserCommand {

    static final int MIN_PASSWORD = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ApplicationContext context;
    private final PrintStream out;
    private final InputStream in;

    public UserCommand(ApplicationContext context, PrintStream out, InputStream in) {
        this.context = context;
        this.out = out;
        this.in = in;
    }

    public int run(List<String> arguments) {
        String action = arguments.isEmpty() ? "" : arguments.get(0);
        List<String> names = arguments.subList(Math.min(1, arguments.size()), arguments.size());
        return switch (action) {
            case "add" -> add(single(names));
            case "list" -> list(names);
            case "disable" -> disable(single(names));
            case "token" -> token(single(names));
            default -> throw new UsageException(Messages.text("user.usage"));
        };
    }

    private int add(String name) {
        if (!Account.isValidName(name)) {
            throw new UsageException(Messages.text("user.badName", name));
        }
        Role role = Role.parse(context.getEnvironment().getProperty("role"))
                .orElseThrow(() -> new UsageException(Messages.text("user.badRole")));
        String given = context.getEnvironment().getProperty("municipality", "").trim();
        String oktmo = "";
        if (role == Role.OFFICER) {
            Municipality municipality = context.getBean(Municipalities.class).byOktmo(given)
                    .orElseThrow(() -> new UsageException(Messages.text("user.badMunicipality", given)));
            oktmo = municipality.oktmo();
        } else if (!given.isEmpty()) {
            throw new UsageException(Messages.text("user.operatorMunicipality"));
        }
        Accounts accounts = context.getBean(Accounts.class);
        if (accounts.find(name).isPresent()) {
            throw new UsageException(Messages.text("user.exists", name));
        }
        char[] password = readPassword();
        try {
            String hash = context.getBean(PasswordEncoder.class).encode(new String(password));
            accounts.add(Accounts.create(name, hash, role, oktmo));
        } finally {
            Arrays.fill(password, ' ');
        }
        out.println(Messages.text("user.added", name, role.label(), oktmo.isEmpty() ? "—" : oktmo));
        return ExitCode.OK;
    }

    private int list(List<String> names) {
        if (!names.isEmpty()) {
            throw new UsageException(Messages.text("user.usage"));
        }
        List<Account> all = context.getBean(Accounts.class).all();
        if (all.isEmpty()) {
            out.println(Messages.text("user.none"));
            return ExitCode.OK;
        }
        out.printf("%-24s  %-8s  %-12s  %-10s  %s%n", Messages.text("user.col.name"), Messages.text("user.col.role"),
                Messages.text("user.col.municipality"), Messages.text("user.col.state"), Messages.text("user.col.created"));
        for (Account a : all) {
            out.printf("%-24s  %-8s  %-12s  %-10s  %s%n", a.name(), a.role().label(), a.oktmo().isEmpty() ? "—" : a.oktmo(),
                    Messages.text(a.enabled() ? "user.enabled" : "user.disabled"), TIME.format(a.createdAt()));
        }
        return ExitCode.OK;
    }

    private int disable(String name) {
        if (!context.getBean(Accounts.class).disable(name)) {
            throw new UsageException(Messages.text("user.unknown", name));
        }
        out.println(Messages.text("user.disabledNow", name));
        return ExitCode.OK;
    }

    private int token(String name) {
        Account account = context.getBean(Accounts.class).find(name)
                .orElseThrow(() -> new UsageException(Messages.text("user.unknown", name)));
        if (!account.enabled()) {
            throw new UsageException(Messages.text("user.isDisabled", name));
        }
        String token = context.getBean(ApiTokens.class).issue(name);
        out.println(Messages.text("user.token", name));
        out.println(token);
        return ExitCode.OK;
    }

    private static String single(List<String> names) {
        if (names.size() != 1) {
            throw new UsageException(Messages.text("user.usage"));
        }
        return names.get(0);
    }

    /** Twice without echo at a terminal; one line from a pipe (scripts, tests). */
    private char[] readPassword() {
        Console console = System.console();
        char[] password;
        if (console != null && in == System.in) {
            password = console.readPassword("%s", Messages.text("user.password"));
            char[] again = console.readPassword("%s", Messages.text("user.passwordAgain"));
            if (password == null || !Arrays.equals(password, again)) {
                throw new UsageException(Messages.text("user.passwordMismatch"));
            }
        } else {
            try {
                String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (password.length < MIN_PASSWORD) {
            throw new UsageException(Messages.text("user.shortPassword", MIN_PASSWORD));
        }
        return password;
    }
}
