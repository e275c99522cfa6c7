package ru.gospages.web.month;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.gospages.accounts.AuditEntry;
import ru.gospages.accounts.AuditLog;
import ru.gospages.publish.portal.PublishOutcome;
import ru.gospages.publish.portal.PublishRequest;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.publish.portal.tree.PublishSetupException;

/**
 * The operators' «Опубликовать»: the open-data tree of {@code serve}'s output folder as it stands
 * (its newest data version) to the profile's target, through the same {@link Publisher} as the
 * {@code publish} command, in the request's thread. One at a time and never during a run (the run
 * rewrites the tree): the month's runner is held while it goes. Audited with its result.
 */
public class Publishing {

    private static final Logger LOG = LoggerFactory.getLogger(Publishing.class);

    /**
     * What the result page shows: every line the publisher said, then how it ended ({@code result}:
     * published, nothing or failed) with its Russian message; {@code setup} when it stopped before
     * sending anything (no tree, missing settings), and {@code period} is "" when no data version was chosen.
     */
    public record Report(String period, String result, String message, boolean setup, List<String> lines) {

        public boolean published() {
            return result.equals("published");
        }

        public boolean nothing() {
            return result.equals("nothing");
        }

        public boolean failed() {
            return result.equals("failed");
        }
    }

    private final Publisher publisher;
    private final MonthRunner runner;
    private final AuditLog audit;
    private final Path output;

    public Publishing(Publisher publisher, MonthRunner runner, AuditLog audit, Path output) {
        this.publisher = publisher;
        this.runner = runner;
        this.audit = audit;
        this.output = output;
    }

    /** Publishes for {@code account}; empty when a run or another publish is going. */
    public Optional<Report> publish(String account) {
        return runner.exclusively(() -> publishNow(account));
    }

    private Report publishNow(String account) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        LOG.info("publish of {} started by {}", output, account);
        Report report;
        try {
            PublishOutcome outcome = publisher.publish(PublishRequest.of(output), lines::add);
            // the publisher ends by saying its outcome, which the page shows apart
            if (!lines.isEmpty() && lines.get(lines.size() - 1).equals(outcome.message())) {
                lines.remove(lines.size() - 1);
            }
            report = new Report(outcome.period().toString(), outcome.result() == PublishOutcome.Result.NOTHING ? "nothing"
                    : outcome.result().name().toLowerCase(Locale.ROOT), outcome.message(), false, lines);
            audit.record(account, AuditEntry.Action.PUBLISH, report.period(), outcome.destination(), "",
                    report.result() + ": " + report.message());
        } catch (PublishSetupException e) {
            // nothing sent and nothing recorded by the publisher: the audit trail still says it was tried
            report = new Report("", "failed", e.getMessage(), true, lines);
            audit.record(account, AuditEntry.Action.PUBLISH, "", "", "", "failed: " + e.getMessage());
        } catch (RuntimeException e) {
            audit.record(account, AuditEntry.Action.PUBLISH, "", "", "", "failed: " + e);
            throw e;
        }
        LOG.info("publish of {} by {} ended: {}", output, account, report.result());
        return report;
    }
}
