package ru.gospages.publish.portal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import ru.gospages.problems.Messages;
import ru.gospages.publish.portal.tree.Delivery;
import ru.gospages.publish.portal.tree.PublishedFile;

/**
 * What one publish did: the data version it was for, the target and where it put the files, its
 * times, every file with what happened to it, and its result with the Russian message a person reads.
 */
public record PublishOutcome(YearMonth period, TargetKind target, String destination, Instant startedAt,
                             Instant endedAt, Result result, List<PublishedFile> files, String message) {

    public enum Result {
        /** files were sent */
        PUBLISHED,
        /** everything was there with the same bytes */
        NOTHING,
        /** stopped by an error, or a data version on the portal differs and was kept */
        FAILED
    }

    public PublishOutcome {
        files = List.copyOf(files);
    }

    /** The outcome of a delivery that ended without an exception. */
    static PublishOutcome completed(YearMonth period, TargetKind target, String destination, Instant startedAt,
                                    Delivery delivery) {
        long sent = delivery.count(PublishedFile.Action.SENT);
        long same = delivery.count(PublishedFile.Action.SAME);
        Result result;
        String message;
        if (!delivery.warnings().isEmpty()) {
            result = Result.FAILED;
            message = Messages.text("publish.kept", target.code(), destination, sent, same,
                    String.join(" ", delivery.warnings()));
        } else if (sent == 0) {
            result = Result.NOTHING;
            message = Messages.text("publish.nothing", target.code(), destination, period, same);
        } else {
            result = Result.PUBLISHED;
            message = Messages.text("publish.done", target.code(), destination, period, sent, same);
        }
        return new PublishOutcome(period, target, destination, startedAt, Instant.now(), result, delivery.files(), message);
    }

    /** The outcome of a delivery stopped by {@code error}: the message says what was published before it. */
    static PublishOutcome failed(YearMonth period, TargetKind target, String destination, Instant startedAt,
                                 Delivery delivery, String error) {
        List<PublishedFile> sent = delivery.files().stream().filter(f -> f.action() == PublishedFile.Action.SENT).toList();
        String before = sent.isEmpty() ? Messages.text("publish.failed.nothingSent")
                : Messages.text("publish.failed.sent", sent.size(),
                        sent.stream().map(PublishedFile::path).collect(Collectors.joining(", ")));
        String message = Messages.text("publish.failed", target.code(), destination, error, before,
                delivery.count(PublishedFile.Action.SAME));
        return new PublishOutcome(period, target, destination, startedAt, Instant.now(), Result.FAILED, delivery.files(), message);
    }
}
