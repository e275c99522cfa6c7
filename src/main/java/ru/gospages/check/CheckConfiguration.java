package ru.gospages.check;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ru.gospages.profile.JobProfile;
import ru.gospages.rules.RowChecks;
import ru.gospages.rules.RulesConfiguration;

/** The check of submissions, wired over the reader and the row rules. Needs no database. */
@Configuration(proxyBeanMethods = false)
@Import(RulesConfiguration.class)
public class CheckConfiguration {

    @Bean
    SubmissionCheck submissionCheck(RowChecks checks, JobProfile profile) {
        return new SubmissionCheck(checks, profile);
    }
}
