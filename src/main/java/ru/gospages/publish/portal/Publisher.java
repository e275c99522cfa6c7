package ru.gospages.publish.portal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.gospages.problems.Messages;
import ru.gospages.publish.portal.ckan.CkanClient;
import ru.gospages.publish.portal.ckan.CkanTarget;
import ru.gospages.publish.portal.ckan.CkanToken;
import ru.gospages.publish.portal.tree.Delivery;
import ru.gospages.publish.portal.tree.OpenDataTree;
import ru.gospages.publish.portal.tree.PublishSetupException;
import ru.gospages.publish.portal.tree.Target;

/**
 * Publishing the open-data tree (SPEC 11), for the {@code publish} command, the hook after a run and
 * the web page's «Опубликовать» button alike: checks the settings, picks the data version, runs the
 * target and records the outcome. The whole tree goes out every time — all data versions, as the
 * passports list them all — and the period must be the newest version in it: a package named for an
 * older month would carry newer data.
 */
public class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final PublishSettings settings;
    private final PublishRecords records;
    private final UnaryOperator<String> environment;
    private final CkanClient.Pause pause;

    /**
     * {@code environment} gives environment variables ({@code System::getenv}; tests pass their own,
     * since a test cannot set them); {@code pause} waits between CKAN retries.
     */
    public Publisher(PublishSettings settings, PublishRecords records, UnaryOperator<String> environment,
                     CkanClient.Pause pause) {
        this.settings = settings;
        this.records = records;
        this.environment = environment;
        this.pause = pause;
    }

    /**
     * Publishes and records the outcome. Every step is reported to {@code say} as it happens. Throws
     * {@link PublishSetupException} (nothing sent, nothing recorded) for a missing tree, an unknown
     * target, missing settings or token, or a period that is not the newest in the tree.
     */
    public PublishOutcome publish(PublishRequest request, Consumer<String> say) {
        TargetKind kind = request.target().orElseGet(() -> TargetKind.parse(settings.target()));
        OpenDataTree tree = OpenDataTree.of(request.output());
        YearMonth newest = tree.newestPeriod()
                .orElseThrow(() -> new PublishSetupException(Messages.text("publish.noVersion", tree.root())));
        YearMonth period = request.period().orElse(newest);
        if (!tree.hasPeriod(period)) {
            throw new PublishSetupException(Messages.text("publish.noPeriod", period, tree.root(), newest));
        }
        if (period.isBefore(newest)) {
            throw new PublishSetupException(Messages.text("publish.olderPeriod", period, newest));
        }
        Target target = target(kind, request.output(), period);
        say.accept(Messages.text("publish.started", kind.code(), tree.root(), period, target.destination()));
        Delivery delivery = new Delivery(say);
        Instant started = Instant.now();
        PublishOutcome outcome;
        try {
            target.publish(tree, period, delivery);
            outcome = PublishOutcome.completed(period, kind, target.destination(), started, delivery);
        } catch (PublishSetupException e) {
            throw e;
        } catch (Exception e) {
            log.warn("publish to {} failed: {}", kind.code(), e.toString());
            outcome = PublishOutcome.failed(period, kind, target.destination(), started, delivery, reason(e));
        }
        records.save(outcome);
        say.accept(outcome.message());
        return outcome;
    }

    /**
     * The hook after a successful run ({@code gospages.publish.after-run}): publishes the tree as it
     * stands to the profile's target. A failure is reported and recorded and never fails the run.
     */
    public void afterRun(YearMonth runPeriod, Path output, Consumer<String> say) {
        if (!settings.afterRun()) {
            return;
        }
        try {
            publish(PublishRequest.of(output), say);
        } catch (RuntimeException e) {
            String message = Messages.text("publish.afterRun.failed", runPeriod, reason(e));
            say.accept(message);
            try {
                TargetKind kind = TargetKind.parse(settings.target());
                Delivery nothing = new Delivery(line -> { });
                records.save(PublishOutcome.failed(runPeriod, kind, "", Instant.now(), nothing, reason(e)));
            } catch (RuntimeException unrecorded) {
                log.warn("publish after run not recorded: {}", unrecorded.toString());
            }
        }
    }

    private Target target(TargetKind kind, Path output, YearMonth period) {
        return switch (kind) {
            case PACKAGE -> new PackageTarget(output, period);
            case STATIC -> {
                String dir = settings.staticFolder().dir();
                if (dir.isBlank()) {
                    throw new PublishSetupException(Messages.text("publish.static.noSetting"));
                }
                yield new StaticTarget(Path.of(dir));
            }
            case CKAN -> {
                PublishSettings.Ckan ckan = settings.ckan();
                if (ckan.url().isBlank() || ckan.ownerOrg().isBlank()) {
                    throw new PublishSetupException(Messages.text("publish.ckan.noSetting"));
                }
                CkanToken token = CkanToken.from(environment, ckan.tokenHeader());
                CkanClient client = new CkanClient(ckan.url(), token, ckan.connectTimeout(), ckan.readTimeout(),
                        ckan.retries(), ckan.retryPause(), pause);
                yield new CkanTarget(client, ckan.url(), ckan.ownerOrg());
            }
        };
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
