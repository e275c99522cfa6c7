package ru.gospages.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.gospages.profile.JobProfile;
import ru.gospages.text.Names;
import ru.gospages.text.SpellingCache;

/** The yes/no vocabulary of the verification column, from the job profile. */
public final class YesNo {

    private final Map<String, Boolean> words = new HashMap<>();
    private final SpellingCache<Optional<Boolean>> byCell =
            new SpellingCache<>(cell -> Optional.ofNullable(words.get(Names.fold(cell))));

    /**
     * Builds the vocabulary; Excel booleans ({@code TRUE}/{@code FALSE}) are understood even if the
     * profile omits them, since the readers hand boolean cells over as those words.
     *
     * @throws IllegalArgumentException if a word is both positive and negative
     */
    public YesNo(JobProfile.YesNo vocabulary) {
        add(List.of("true"), true);
        add(List.of("false"), false);
        add(vocabulary.positive(), true);
        add(vocabulary.negative(), false);
    }

    /**
     * The meaning of a non-blank cell, or empty if the word is not in the vocabulary. Case, {@code ё}
     * and surrounding spaces do not matter. A blank cell is the caller's business (R-VERIFIED-BLANK).
     */
    public Optional<Boolean> parse(String cell) {
        return byCell.get(cell);
    }

    private void add(List<String> list, boolean meaning) {
        for (String word : list) {
            Boolean previous = words.put(Names.fold(word), meaning);
            if (previous != null && previous != meaning) {
                throw new IllegalArgumentException("слово «" + word + "» указано в gospages.yes-no и как «да», и как «нет»");
            }
        }
    }
}
