package ru.gospages.publish.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The publisher and its records, wired from {@code gospages.publish}; tokens from the process environment. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublishSettings.class)
public class PublishConfiguration {

    @Bean
    PublishRecords publishRecords(NamedParameterJdbcTemplate jdbc) {
        return new PublishRecords(jdbc);
    }

    @Bean
    Publisher publisher(PublishSettings settings, PublishRecords records) {
        return new Publisher(settings, records, System::getenv, duration -> Thread.sleep(duration.toMillis()));
    }
}
