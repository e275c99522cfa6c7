package ru.gospages.intake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.PlatformWords;

/**
 * The reading of submissions, wired from the job profile. Needs no database; the row rules are
 * wired on top of it ({@code rules.RulesConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProfile.class)
public class IntakeConfiguration {

    @Bean
    SubmissionReader submissionReader(JobProfile profile) {
        PlatformWords platforms = new PlatformWords(profile.platforms());
        HeaderLocator locator = new HeaderLocator(new HeaderMatcher(profile.columns(), platforms::find));
        return new SubmissionReader(profile, new SheetFormats(), locator);
    }
}
