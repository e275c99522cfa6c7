package ru.gospages.web.month;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.gospages.accounts.AuditLog;
import ru.gospages.job.PastRuns;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.registry.RegistryStore;
import ru.gospages.rules.OrganizationDirectory;
import ru.gospages.web.WebLimits;

/**
 * Where the board's expected organisations come from (the organisation directory of SPEC 13 when
 * present, else the previous period's registry), the history page's runs (the job repository) and
 * the publish button's folder (serve's output).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class MonthConfiguration {

    @Bean
    ExpectedOrganizations expectedOrganizations(RegistryStore registry, OrganizationDirectory directory) {
        return directory.present() ? new DirectoryExpectations(directory) : new RegistryExpectations(registry);
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
