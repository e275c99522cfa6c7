package ru.gospages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void everyCharOfTheBasicPlaneEncodesAsGetBytesDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append(c); // lone surrogates included: both sides write '?'
        }
        assertEncodedAsGetBytes(all.toString());
    }

    @Test
    void pairsAndLoneSurrogatesInRandomTextEncodeAsGetBytesDoes() {
        Random random = new Random(16);
        char[] pool = {'a', ',', '"', 'Я', 'ё', '€', '\uD83D', '\uDE00', '\uDBFF', '\uDFFF', '\u00A0', '\n'};
        for (int round = 0; round < 2_000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = pool[random.nextInt(pool.length)];
            }
            assertEncodedAsGetBytes(new String(text));
        }
    }

    @Test
    void aRangeIsEncodedAtTheGivenPositionAndTheEndIsReturned() {
        byte[] buffer = new byte[32];
        buffer[0] = 'x';
        int end = Utf8.encode("--Юг😀--", 2, 6, buffer, 1);
        assertThat(Arrays.copyOfRange(buffer, 0, end))
                .isEqualTo(("x" + "Юг😀").getBytes(StandardCharsets.UTF_8));
    }

    private static void assertEncodedAsGetBytes(String text) {
        byte[] buffer = new byte[text.length() * Utf8.MAX_BYTES_PER_CHAR];
        int end = Utf8.encode(text, 0, text.length(), buffer, 0);
        assertThat(Arrays.copyOf(buffer, end)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
