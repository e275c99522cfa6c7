package ru.gospages.rules;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ru.gospages.intake.IntakeConfiguration;
import ru.gospages.intake.SubmissionReader;
import ru.gospages.profile.JobProfile;

/**
 * The row rules, wired from the job profile and the reference files, over the reading of
 * submissions. Needs no database: {@code check} starts with this configuration alone.
 */
@Configuration(proxyBeanMethods = false)
@Import(IntakeConfiguration.class)
public class RulesConfiguration {

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

    /** SPEC 13: {@code gospages.directory} names the file; unset, the default file when it exists; {@code none}: no directory. */
    @Bean
    OrganizationDirectory organizationDirectory(@Value("${gospages.directory:}") String setting, JobProfile profile,
                                                Municipalities municipalities) {
        return OrganizationDirectory.of(setting, municipalities, new OrgTypes(profile.orgTypes()));
    }

    @Bean
    RowValidator rowValidator(JobProfile profile, Municipalities municipalities, PageKeys keys, PageAliases aliases,
                              OrganizationDirectory directory) {
        return new RowValidator(profile, municipalities, keys, aliases, directory);
    }

    @Bean
    RowChecks rowChecks(SubmissionReader reader, RowValidator validator) {
        return new RowChecks(reader, validator);
    }
}
