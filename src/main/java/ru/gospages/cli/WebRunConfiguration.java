package ru.gospages.cli;

import java.nio.file.Files;
import java.time.YearMonth;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.gospages.accounts.AuditLog;
import ru.gospages.job.MonthlyRuns;
import ru.gospages.job.RunProgress;
import ru.gospages.problems.Messages;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.web.WebLimits;
import ru.gospages.web.month.MonthRun;
import ru.gospages.web.month.MonthRunner;

/**
 * The run page's runs are {@code run}'s own ({@link RunCommand} over {@link MonthlyRuns}: restart
 * policy, run lock, exit codes, printed report), for the period chosen on the page and the folders of {@code serve}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebRunConfiguration {

    @Bean
    MonthRun monthRun(ApplicationContext context, WebLimits limits) {
        return (YearMonth period, java.io.PrintStream out) -> {
            RunOptions options = new RunOptions(period, limits.input().resolve(period.toString()), limits.output());
            if (!Files.isDirectory(options.input())) {
                out.println(Messages.text("run.noInput", options.input(), period));
                return ExitCode.USAGE;
            }
            return new RunCommand(context.getBean(MonthlyRuns.class), context.getBean(Publisher.class), out).run(options);
        };
    }

    @Bean
    MonthRunner monthRunner(MonthRun run, RunProgress progress, AuditLog audit) {
        return new MonthRunner(run, progress, audit);
    }
}
