package ru.gospages.intake;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.gospages.profile.JobProfile;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.PageAliases;
import ru.gospages.rules.PageKeys;
import ru.gospages.rules.RowValidator;

/**
 * The reading and checking of submissions, wired from the job profile and the reference files.
 * Needs no database: {@code check} starts with this configuration alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProfile.class)
public class IntakeConfiguration {

    @Bean
    Municipalities municipalities(@Value("${gospages.reference.municipalities:jobs/reference/municipalities.csv}") Path csv) {
        return Municipalities.load(csv);
    }

    @Bean
    PageKeys pageKeys(JobProfile profile) {
        return new PageKeys(profile.platforms(), profile.urlPlaceholders());
    }

    @Bean
    PageAliases pageAliases(@Value("${gospages.reference.page-aliases:jobs/reference/page-aliases.csv}") Path csv, PageKeys keys) {
        return PageAliases.load(csv, keys);
    }

    @Bean
    RowValidator rowValidator(JobProfile profile, Municipalities municipalities, PageKeys keys, PageAliases aliases) {
        return new RowValidator(profile, municipalities, keys, aliases);
    }

    @Bean
    SubmissionReader submissionReader(JobProfile profile, PageKeys keys, RowValidator validator) {
        HeaderLocator locator = new HeaderLocator(new HeaderMatcher(profile.columns(), keys::platformByWord));
        return new SubmissionReader(profile, new SheetFormats(), locator, validator);
    }
}
