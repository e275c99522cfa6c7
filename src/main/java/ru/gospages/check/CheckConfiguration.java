package ru.gospages.check;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ru.gospages.intake.IntakeConfiguration;
import ru.gospages.intake.SubmissionReader;
import ru.gospages.profile.JobProfile;

/** The check of submissions, wired over the intake. Needs no database. */
@Configuration(proxyBeanMethods = false)
@Import(IntakeConfiguration.class)
public class CheckConfiguration {

    @Bean
    SubmissionCheck submissionCheck(SubmissionReader reader, JobProfile profile) {
        return new SubmissionCheck(reader, profile);
    }
}
