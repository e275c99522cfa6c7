package ru.gospages.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The meaning of cell texts already looked up. Agencies write the same few municipalities,
 * organisation types, yes/no words and platform names on every row, and folding them anew took a
 * tenth of the intake. Bounded twice: a text longer than {@link #MAX_TEXT_CHARS} is looked up
 * every time, and a full cache starts over, so hostile files of distinct values cost at most
 * {@code capacity} short strings. Thread-safe: the intake partitions share one validator.
 *
 * @param <V> the meaning; never null (use {@code Optional} for "no meaning")
 */
public final class SpellingCache<V> {

    static final int DEFAULT_CAPACITY = 2048;
    static final int MAX_TEXT_CHARS = 256;

    private final Function<String, V> lookUp;
    private final int capacity;
    private final Map<String, V> known = new ConcurrentHashMap<>();

    /** {@code lookUp} must be a pure function of the text, so that a remembered meaning is the one it would give. */
    public SpellingCache(Function<String, V> lookUp) {
        this(lookUp, DEFAULT_CAPACITY);
    }

    public SpellingCache(Function<String, V> lookUp, int capacity) {
        this.lookUp = lookUp;
        this.capacity = capacity;
    }

    public V get(String text) {
        if (text == null || text.length() > MAX_TEXT_CHARS) {
            return lookUp.apply(text);
        }
        V meaning = known.get(text);
        if (meaning == null) {
            meaning = lookUp.apply(text);
            if (known.size() >= capacity) {
                known.clear();
            }
            known.put(text, meaning);
        }
        return meaning;
    }

    int size() {
        return known.size();
    }
}
