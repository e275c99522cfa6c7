package ru.gospages.testing;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Short random texts over a small alphabet of the characters a rule treats specially: for tests
 * that compare a fast implementation with the plain one it replaced. Seeded, so a failure repeats.
 */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** Hands {@code count} texts of 0 to {@code maxLength - 1} characters of {@code alphabet} to {@code test}. */
    public static void forEach(String alphabet, int maxLength, int count, long seed, Consumer<String> test) {
        Random random = new Random(seed);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(maxLength); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            test.accept(text.toString());
        }
    }
}
