package ru.gospages.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import ru.gospages.accounts.Accounts;
import ru.gospages.profile.JobProfile;
import ru.gospages.problems.Messages;
import ru.gospages.web.month.MonthRunner;

/**
 * {@code serve [--port=8080] [--address=127.0.0.1]}: the web application (SPEC 10), until the process
 * is stopped. Refuses to serve without an account (exit 2): there is no built-in one. With
 * {@code --gospages.serve.schedule=true} it also starts the month's run on the profile's cron
 * expression, through the same runner as the page, so the two never run at once.
 */
public final class ServeCommand {

    private final ConfigurableApplicationContext context;
    private final PrintStream out;

    public ServeCommand(ConfigurableApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    public int run() {
        if (!context.getBean(Accounts.class).anyEnabled()) {
            out.println(Messages.text("serve.noAccount"));
            return ExitCode.USAGE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        context.registerShutdownHook();
        Environment environment = context.getEnvironment();
        String address = environment.getProperty("server.address", "127.0.0.1");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        out.println(Messages.text("serve.started", address, port));
        ThreadPoolTaskScheduler scheduler = null;
        if (environment.getProperty("gospages.serve.schedule", Boolean.class, false)) {
            String cron = context.getBean(JobProfile.class).schedule().cron();
            MonthRunner runner = context.getBean(MonthRunner.class);
            scheduler = new ScheduleCommand(cron, Clock.systemDefaultZone(), runner::runAndWait, out).start();
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (scheduler != null) {
                scheduler.shutdown();
            }
        }
        return ExitCode.OK;
    }
}
