package ru.gospages.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.gospages.GospagesApplication;
import ru.gospages.check.CheckConfiguration;
import ru.gospages.check.SubmissionCheck;
import ru.gospages.job.FailureReason;
import ru.gospages.job.MonthlyRuns;
import ru.gospages.problems.Messages;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.profile.JobProfile;
import ru.gospages.rules.RulesConfiguration;

/**
 * The command line: picks the command, starts only the part of the application it needs (no
 * database for {@code check}), runs it and returns its exit code. Options {@code --name=value}
 * are Spring properties; other words are the command's arguments.
 */
public final class Cli {

    private final PrintStream out;
    private final InputStream in;

    public Cli(PrintStream out) {
        this(out, System.in);
    }

    /** {@code in} is where {@code user add} reads the password. */
    public Cli(PrintStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    public int run(String... args) {
        List<String> words = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--") ? options : words).add(arg);
        }
        if (words.isEmpty() || options.contains("--help") || words.get(0).equals("help") || options.contains("-h")) {
            out.println(Messages.text("usage"));
            return words.isEmpty() && !options.contains("--help") ? ExitCode.USAGE : ExitCode.OK;
        }
        String command = words.get(0);
        List<String> arguments = words.subList(1, words.size());
        try {
            return switch (command) {
                case "check" -> check(arguments, options);
                case "run" -> runJob(arguments, options);
                case "history" -> history(arguments, options);
                case "schedule" -> schedule(arguments, options);
                case "user" -> withDatabase(options, context -> new UserCommand(context, out, in).run(arguments));
                case "serve" -> serve(arguments, options);
                case "publish" -> publish(arguments, options);
                default -> unknown(command);
            };
        } catch (UsageException e) {
            out.println(e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            out.println(Messages.text("cli.failed", FailureReason.of(e)));
            return ExitCode.USAGE;
        }
    }

    private int check(List<String> paths, List<String> options) {
        try (ConfigurableApplicationContext context = start(CheckConfiguration.class, options)) {
            return new CheckCommand(context.getBean(SubmissionCheck.class), out).run(paths);
        }
    }

    private int runJob(List<String> arguments, List<String> options) {
        if (!arguments.isEmpty()) {
            return unknown(String.join(" ", arguments));
        }
        return withDatabase(options, context -> new RunCommand(context.getBean(MonthlyRuns.class), context.getBean(Publisher.class), out).run(RunOptions.resolve(context.getEnvironment())));
    }

    private int history(List<String> arguments, List<String> options) {
        if (!arguments.isEmpty()) {
            return unknown(String.join(" ", arguments));
        }
        return withDatabase(options, context -> {
            String period = context.getEnvironment().getProperty("period");
            int limit = context.getEnvironment().getProperty("limit", Integer.class, HistoryCommand.DEFAULT_LIMIT);
            return new HistoryCommand(context, out).run(Optional.ofNullable(period).map(RunOptions::parse), limit);
        });
    }

    private int publish(List<String> arguments, List<String> options) {
        if (!arguments.isEmpty()) {
            return unknown(String.join(" ", arguments));
        }
        return withDatabase(options, context -> new PublishCommand(context, out).run());
    }

    /** Runs {@code run} for the previous month on the profile's cron expression, each run in a context of its own. */
    private int schedule(List<String> arguments, List<String> options) {
        if (!arguments.isEmpty()) {
            return unknown(String.join(" ", arguments));
        }
        if (options.stream().anyMatch(o -> o.startsWith("--period=") || o.startsWith("--input="))) {
            throw new UsageException(Messages.text("schedule.noPeriod"));
        }
        String cron;
        // the profile is read and checked now, not at the first start weeks later
        try (ConfigurableApplicationContext context = start(RulesConfiguration.class, options)) {
            cron = context.getBean(JobProfile.class).schedule().cron();
        }
        // a context per run: between runs the embedded database is free for history or a manual run
        return new ScheduleCommand(cron, Clock.systemDefaultZone(), period -> {
            List<String> run = new ArrayList<>(List.of("run", "--period=" + period));
            run.addAll(options);
            return new Cli(out).run(run.toArray(String[]::new));
        }, out).run();
    }

    /** The web application: the whole application (database and job) in a servlet context. */
    private int serve(List<String> arguments, List<String> options) {
        if (!arguments.isEmpty()) {
            return unknown(String.join(" ", arguments));
        }
        // application.properties says "none" for the other commands, and properties win over the builder
        List<String> web = new ArrayList<>(options);
        web.add("--spring.main.web-application-type=servlet");
        return withDatabase(web, WebApplicationType.SERVLET, context -> new ServeCommand(context, out).run());
    }

    private int withDatabase(List<String> options, Function<ConfigurableApplicationContext, Integer> command) {
        return withDatabase(options, WebApplicationType.NONE, command);
    }

    /**
     * Starts the whole application (database and job) and hands it to the command. With the embedded
     * database a second process cannot even open it: that is a run in progress too (exit 3).
     */
    private int withDatabase(List<String> options, WebApplicationType type, Function<ConfigurableApplicationContext, Integer> command) {
        ConfigurableApplicationContext context;
        try {
            context = start(GospagesApplication.class, type, options);
        } catch (RuntimeException e) {
            if (DatabaseInUse.isCause(e)) {
                out.println(Messages.text("db.busy"));
                return ExitCode.BUSY;
            }
            throw e;
        }
        try (context) {
            return command.apply(context);
        }
    }

    private int unknown(String command) {
        out.println(Messages.text("cli.unknown", command));
        out.println(Messages.text("usage"));
        return ExitCode.USAGE;
    }

    /** Starts a Spring context of the given configuration, with the options as properties. */
    static ConfigurableApplicationContext start(Class<?> configuration, List<String> options) {
        return start(configuration, WebApplicationType.NONE, options);
    }

    static ConfigurableApplicationContext start(Class<?> configuration, WebApplicationType type, List<String> options) {
        String profile = options.stream().filter(o -> o.startsWith("--gospages.profile="))
                .map(o -> o.substring("--gospages.profile=".length())).reduce((a, b) -> b)
                .orElse(System.getProperty("gospages.profile", "jobs/official-pages.yml"));
        if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(profile))) {
            throw new UsageException(Messages.text("cli.noProfile", profile, java.nio.file.Path.of("").toAbsolutePath()));
        }
        return new SpringApplicationBuilder(configuration)
                .web(type)
                .logStartupInfo(false)
                .run(options.toArray(String[]::new));
    }
}
