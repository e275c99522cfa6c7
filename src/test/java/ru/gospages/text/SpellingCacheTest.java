package ru.gospages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpellingCacheTest {

    @Test
    void givesWhatTheLookUpGivesAndLooksEachTextUpOnce() {
        AtomicInteger lookUps = new AtomicInteger();
        SpellingCache<String> cache = new SpellingCache<>(text -> {
            lookUps.incrementAndGet();
            return Names.fold(text);
        });
        for (int round = 0; round < 3; round++) {
            for (String text : new String[] {"Город Сургут", "ГОРОД  СУРГУТ", "Да", "нет "}) {
                assertThat(cache.get(text)).isEqualTo(Names.fold(text));
            }
        }
        assertThat(lookUps).hasValue(4);
    }

    @Test
    void holdsNoMoreThanItsCapacity() {
        SpellingCache<String> cache = new SpellingCache<>(Names::fold, 100);
        for (int i = 0; i < 10_000; i++) {
            assertThat(cache.get("Имя " + i)).isEqualTo("имя " + i);
            assertThat(cache.size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void longTextIsLookedUpEveryTimeAndNeverKept() {
        AtomicInteger lookUps = new AtomicInteger();
        SpellingCache<Integer> cache = new SpellingCache<>(text -> lookUps.incrementAndGet());
        String longText = "x".repeat(SpellingCache.MAX_TEXT_CHARS + 1);
        cache.get(longText);
        cache.get(longText);
        assertThat(lookUps).hasValue(2);
        assertThat(cache.size()).isZero();
    }
}
