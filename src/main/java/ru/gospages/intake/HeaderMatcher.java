package ru.gospages.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import ru.gospages.profile.ColumnKey;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.text.Names;

/**
 * Recognises one header cell: which column it is, and for the per-platform columns of the wide
 * shape which platform its header names («Ссылка на страницу в Одноклассниках», «Госметка ВК»).
 * Comparison is on folded text (case, ё, spaces, line breaks, dashes, trailing * or :).
 */
public final class HeaderMatcher {

    /** A recognised header: the column and, for a qualified per-platform column, its platform. */
    public record Match(ColumnKey key, Optional<Platform> platform) {
    }

    private static final Set<String> PREPOSITIONS = Set.of("в", "во", "на");

    private final Map<String, ColumnKey> synonyms = new HashMap<>();
    private final Function<String, Optional<Platform>> platformByWord;

    public HeaderMatcher(Map<ColumnKey, JobProfile.Column> columns, Function<String, Optional<Platform>> platformByWord) {
        this.platformByWord = platformByWord;
        for (ColumnKey key : ColumnKey.values()) {
            JobProfile.Column column = columns.get(key);
            synonyms.putIfAbsent(Names.fold(column.header()), key);
            column.synonyms().forEach(s -> synonyms.putIfAbsent(Names.fold(s), key));
        }
    }

    public Optional<Match> match(String header) {
        String folded = Names.fold(header);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        ColumnKey exact = synonyms.get(folded);
        if (exact != null) {
            return Optional.of(new Match(exact, Optional.empty()));
        }
        return qualified(folded);
    }

    /** A per-platform header: one word names a platform, the rest (less a preposition before it) is a synonym. */
    private Optional<Match> qualified(String folded) {
        List<String> words = List.of(folded.split(" "));
        for (int i = 0; i < words.size(); i++) {
            Optional<Platform> platform = platformByWord.apply(stripPunctuation(words.get(i)));
            if (platform.isEmpty()) {
                continue;
            }
            List<String> rest = new ArrayList<>(words);
            rest.remove(i);
            if (i > 0 && PREPOSITIONS.contains(rest.get(i - 1))) {
                rest.remove(i - 1);
            }
            ColumnKey key = synonyms.get(Names.fold(String.join(" ", rest)));
            if (key != null && key.perPlatform()) {
                return Optional.of(new Match(key, platform));
            }
        }
        return Optional.empty();
    }

    private static String stripPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }
}
