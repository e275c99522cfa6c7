package ru.gospages.web.month;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.gospages.accounts.AuditLog;
import ru.gospages.job.PastRuns;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.registry.RegistryStore;
import ru.gospages.web.WebLimits;

/**
 * Where the board's expected organisations come from (the previous period's registry, until SPEC
 * 13's directory), the history page's runs (the job repository) and the publish button's folder
 * (serve's output).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class MonthConfiguration {

    @Bean
    ExpectedOrganizations expectedOrganizations(RegistryStore registry) {
        return new RegistryExpectations(registry);
    }

    @Bean
    PastRuns pastRuns(JobRepository repository) {
        return new PastRuns(repository);
    }

    @Bean
    Publishing publishing(Publisher publisher, MonthRunner runner, AuditLog audit, WebLimits limits) {
        return new Publishing(publisher, runner, audit, limits.output());
    }
}
