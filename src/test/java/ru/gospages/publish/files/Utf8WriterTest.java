package ru.gospages.publish.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    @Test
    void textWrittenInPiecesOfEveryKindGivesTheBytesOfTheWholeText() throws IOException {
        Random random = new Random(7);
        char[] pool = {'a', ',', '"', '\r', 'Я', 'ё', '€', '\uD83D', '\uDE00', '\uDFFF'};
        for (int round = 0; round < 500; round++) {
            StringBuilder whole = new StringBuilder();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Writer writer = new Utf8Writer(bytes)) {
                for (int piece = random.nextInt(30); piece > 0; piece--) {
                    char[] chars = new char[random.nextInt(6)];
                    for (int i = 0; i < chars.length; i++) {
                        chars[i] = pool[random.nextInt(pool.length)];
                    }
                    String text = new String(chars);
                    whole.append(text);
                    switch (random.nextInt(5)) {
                        case 0 -> writer.write(text);
                        case 1 -> writer.write(("<" + text + ">").toCharArray(), 1, chars.length);
                        case 2 -> writer.append(new StringBuilder("[" + text + "]"), 1, chars.length + 1);
                        case 3 -> text.chars().forEach(c -> append(writer, (char) c));
                        default -> writer.append(text);
                    }
                }
            }
            assertThat(bytes.toByteArray()).as(whole.toString())
                    .isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void moreThanABlockOfCyrillicArrivesWhole() throws IOException {
        String text = "Муниципальное бюджетное учреждение, ".repeat(10_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes)) {
            writer.write(text);
            writer.append('\n');
        }
        assertThat(bytes.toByteArray()).isEqualTo((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void append(Utf8Writer writer, char c) {
        try {
            writer.append(c);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
