package ru.gospages.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import ru.gospages.publish.portal.PublishOutcome;
import ru.gospages.publish.portal.PublishRequest;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.publish.portal.TargetKind;
import ru.gospages.publish.portal.tree.PublishSetupException;

/**
 * {@code publish [--period=YYYY-MM] [--output=DIR] [--target=static|package|ckan]} (SPEC 11): exit 0
 * published or nothing to do, 1 failed (the message says what was published before), 2 usage or
 * configuration error (nothing sent).
 */
public final class PublishCommand {

    private final ApplicationContext context;
    private final PrintStream out;

    public PublishCommand(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    public int run() {
        Environment environment = context.getEnvironment();
        PublishOutcome outcome;
        try {
            PublishRequest request = new PublishRequest(Path.of(environment.getProperty("output", "output")),
                    Optional.ofNullable(environment.getProperty("period")).map(RunOptions::parse),
                    Optional.ofNullable(environment.getProperty("target")).map(TargetKind::parse));
            outcome = context.getBean(Publisher.class).publish(request, out::println);
        } catch (PublishSetupException e) {
            out.println(e.getMessage());
            return ExitCode.USAGE;
        }
        return outcome.result() == PublishOutcome.Result.FAILED ? ExitCode.FAILED : ExitCode.OK;
    }
}
