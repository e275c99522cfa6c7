package ru.gospages.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.gospages.text.Names;
import ru.gospages.text.SpellingCache;

/**
 * Recognises the platform named in a platform column or a header word: its code, name or one of
 * its profile {@code words}, compared folded ({@link Names#fold}) word by word. Russian declines
 * platform names («в Одноклассниках»), so two words also match when both have at least 5 letters
 * and differ only in their last one or two letters (each has at most 2 letters after the common
 * beginning); shorter words (ВК, ОК, vk) must be equal. Text naming two platforms names none.
 */
public final class PlatformWords {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_DECLINED_LENGTH = 5;
    private static final int MAX_ENDING = 2;

    /** One way of naming a platform: its folded words, and those words written together. */
    private record Entry(String[] words, String joined) {
    }

    private final List<Platform> platforms;
    /** Per platform, in the order of {@link #platforms}, its code, name and words. */
    private final List<List<Entry>> vocabularies = new ArrayList<>();
    private final SpellingCache<Optional<Platform>> byText = new SpellingCache<>(this::lookUp);

    public PlatformWords(List<Platform> platforms) {
        this.platforms = List.copyOf(platforms);
        for (Platform platform : this.platforms) {
            vocabularies.add(Stream.concat(Stream.of(platform.code(), platform.name()), platform.words().stream())
                    .map(PlatformWords::words)
                    .filter(words -> words.length > 0)
                    .map(words -> new Entry(words, String.join("", words)))
                    .toList());
        }
    }

    public Optional<Platform> find(String text) {
        return byText.get(text);
    }

    private Optional<Platform> lookUp(String text) {
        String[] words = words(text);
        if (words.length == 0) {
            return Optional.empty();
        }
        // "В Контакте" written apart is still ВКонтакте
        String joined = String.join("", words);
        Platform found = null;
        for (int p = 0; p < platforms.size(); p++) {
            for (Entry entry : vocabularies.get(p)) {
                if (contains(words, entry.words()) || sameWord(joined, entry.joined())) {
                    if (found != null && found != platforms.get(p)) {
                        return Optional.empty();
                    }
                    found = platforms.get(p);
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when the entry's words occur one after another among the text's words. */
    private static boolean contains(String[] words, String[] entry) {
        for (int start = 0; start + entry.length <= words.length; start++) {
            int matched = 0;
            while (matched < entry.length && sameWord(words[start + matched], entry[matched])) {
                matched++;
            }
            if (matched == entry.length) {
                return true;
            }
        }
        return false;
    }

    /** Equal, or both long enough and differing only in an ending of at most two letters. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < MIN_DECLINED_LENGTH || b.length() < MIN_DECLINED_LENGTH) {
            return false;
        }
        int common = 0;
        int shorter = Math.min(a.length(), b.length());
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return a.length() - common <= MAX_ENDING && b.length() - common <= MAX_ENDING;
    }

    private static String[] words(String text) {
        String folded = Names.fold(text);
        if (folded.isEmpty()) {
            return new String[0];
        }
        return NOT_WORD.splitAsStream(folded).filter(word -> !word.isEmpty()).toArray(String[]::new);
    }
}
