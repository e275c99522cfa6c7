package ru.gospages.publish.portal;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What to publish: the output root whose {@code opendata/} tree goes out, the data version it is for
 * (default: the newest in the tree) and the target (default: {@code gospages.publish.target}).
 */
public record PublishRequest(Path output, Optional<YearMonth> period, Optional<TargetKind> target) {

    /** The tree under {@code output} as it stands, to the profile's target. */
    public static PublishRequest of(Path output) {
        return new PublishRequest(output, Optional.empty(), Optional.empty());
    }
}
