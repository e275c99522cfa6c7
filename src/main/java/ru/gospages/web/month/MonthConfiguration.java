package ru.gospages.web.month;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.gospages.registry.RegistryStore;
import ru.gospages.rules.OrganizationDirectory;

/** Where the board's expected organisations come from: the organisation directory (SPEC 13) when present, else the previous period's registry. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class MonthConfiguration {

    @Bean
    ExpectedOrganizations expectedOrganizations(RegistryStore registry, OrganizationDirectory directory) {
        return directory.present() ? new DirectoryExpectations(directory) : new RegistryExpectations(registry);
    }
}
