package ru.gospages.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void stringsAreNumberedInTheOrderFirstSeenAndKeepTheirNumbers() {
        KeyIndex index = new KeyIndex();
        assertThat(index.add("vk:name:adm")).isZero();
        assertThat(index.add("ok:group:1")).isEqualTo(1);
        assertThat(index.add("vk:name:adm")).isZero();
        assertThat(index.get("ok:group:1")).isEqualTo(1);
        assertThat(index.get("ok:group:2")).isEqualTo(-1);
        assertThat(index.contains("vk:name:adm")).isTrue();
        assertThat(index.key(1)).isEqualTo("ok:group:1");
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void agreesWithAHashMapOverManyStringsWithCollidingHashesAndNonAsciiText() {
        KeyIndex index = new KeyIndex();
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(11);
        // "Aa" and "BB" have the same hashCode: keys built of them collide a lot
        String[] parts = {"Aa", "BB", "школа", "", "ё"};
        for (int i = 0; i < 200_000; i++) {
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < 1 + random.nextInt(6); j++) {
                key.append(parts[random.nextInt(parts.length)]);
            }
            if (random.nextInt(3) == 0) {
                key.append(random.nextInt(100_000));
            }
            String text = key.toString();
            Integer number = expected.computeIfAbsent(text, k -> expected.size());
            assertThat(index.add(text)).isEqualTo(number);
        }
        assertThat(index.size()).isEqualTo(expected.size());
        expected.forEach((key, number) -> {
            assertThat(index.get(key)).isEqualTo(number);
            assertThat(index.key(number)).isEqualTo(key);
        });
    }
}
