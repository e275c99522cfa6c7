package ru.gospages.web.month;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.gospages.registry.RegistryStore;

/** Where the board's expected organisations come from: the previous period's registry, until SPEC 13's directory. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class MonthConfiguration {

    @Bean
    ExpectedOrganizations expectedOrganizations(RegistryStore registry) {
        return new RegistryExpectations(registry);
    }
}
