package ru.gospages.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.gospages.testing.RandomTexts;

class CellTextTest {

    @Test
    void cleanTextComesBackAsTheSameString() {
        for (String text : new String[] {"a", "МБОУ «Лицей № 3»", "https://vk.com/club1", "8601010390", "Да", "a b c", "\u0001x"}) {
            assertThat(CellText.clean(text)).isSameAs(text);
        }
    }

    @Test
    void spacesOfEveryKindBecomeOnePlainSpaceAndTheEndsAreTrimmed() {
        assertThat(CellText.clean("  Сургут  ")).isEqualTo("Сургут");
        assertThat(CellText.clean("город\u00A0Сургут")).isEqualTo("город Сургут");
        assertThat(CellText.clean("город\t\tСургут")).isEqualTo("город Сургут");
        assertThat(CellText.clean("город\r\nСургут")).isEqualTo("город Сургут");
        assertThat(CellText.clean("город\u2009\u202FСургут")).isEqualTo("город Сургут");
        assertThat(CellText.clean("город  Сургут")).isEqualTo("город Сургут");
        assertThat(CellText.clean("a\u0000b")).isEqualTo("a b");
    }

    @Test
    void zeroWidthCharactersBomAndSoftHyphenAreDropped() {
        assertThat(CellText.clean("\uFEFFИНН")).isEqualTo("ИНН");
        assertThat(CellText.clean("86\u200B01\u200C01\u200D03\u206090")).isEqualTo("8601010390");
        assertThat(CellText.clean("Сур\u00ADгут")).isEqualTo("Сургут");
        assertThat(CellText.clean("a \u200B b")).isEqualTo("a b");
    }

    @Test
    void blankTextBecomesEmpty() {
        assertThat(CellText.clean(null)).isEmpty();
        assertThat(CellText.clean("")).isEmpty();
        assertThat(CellText.clean(" \u00A0\t\u200B ")).isEmpty();
        assertThat(CellText.hasText(null)).isFalse();
        assertThat(CellText.hasText(" \u00A0\t\u200B\u0000 ")).isFalse();
        assertThat(CellText.hasText(" x ")).isTrue();
    }

    @Test
    void everyCharacterIsClassifiedAsTheUnicodeTablesSay() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean space = Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u0000';
            boolean invisible = "\u200B\u200C\u200D\u2060\uFEFF\u00AD".indexOf(ch) >= 0;
            assertThat(CellText.isPlain(ch)).as("U+%04X", c).isEqualTo(!space && !invisible);
        }
    }

    @Test
    void givesWhatTheCopyingCleanerGaveForRandomText() {
        String alphabet = "aZ9 Яё-\u00A0\t\n\r\u200B\uFEFF\u00AD\u2003\u3000\u0000\u0001.«»";
        RandomTexts.forEach(alphabet, 8, 100_000, 42, input -> {
            assertThat(CellText.clean(input)).as("«%s»", input).isEqualTo(copyingClean(input));
            assertThat(CellText.hasText(input)).isEqualTo(!copyingClean(input).isEmpty());
        });
    }

    /** The cleaner before its fast path, which copied every cell: the reference for the one in use. */
    private static String copyingClean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0000') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
