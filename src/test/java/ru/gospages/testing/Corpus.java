package ru.gospages.testing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the third-party robustness corpus is: {@code -Dgospages.corpus}, else the environment's
 * {@code GOSPAGES_CORPUS}, else {@code ../shared/corpus/realworld} (a clone placed beside shared/, as CI has it).
 */
public final class Corpus {

    private Corpus() {
    }

    public static Path realWorld() {
        return Path.of(Optional.ofNullable(System.getProperty("gospages.corpus"))
                .or(() -> Optional.ofNullable(System.getenv("GOSPAGES_CORPUS")))
                .orElse("../shared/corpus/realworld"));
    }
}
