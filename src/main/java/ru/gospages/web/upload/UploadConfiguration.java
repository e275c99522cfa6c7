package ru.gospages.web.upload;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.gospages.accounts.AuditLog;
import ru.gospages.accounts.WebTables;
import ru.gospages.check.SubmissionCheck;
import ru.gospages.web.WebLimits;

/** The staging area (checked by the {@code check} command's own SubmissionCheck bean) and the hand-in desk. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class UploadConfiguration {

    @Bean
    Uploads uploads(WebLimits limits, SubmissionCheck check) {
        Uploads uploads = new Uploads(limits.staging(), check, Clock.systemUTC());
        uploads.tidy();
        return uploads;
    }

    @Bean
    HandIns handIns(WebTables tables, PlatformTransactionManager transactions) {
        return new HandIns(tables, new TransactionTemplate(transactions));
    }

    @Bean
    HandInDesk handInDesk(WebLimits limits, HandIns handIns, AuditLog audit) {
        return new HandInDesk(limits.input(), handIns, audit, Clock.systemUTC());
    }
}
