package ru.gospages.publish.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+7 (3462) 52-20-00", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"x\")", "-",
            "--5"})
    void textAFormulaCouldStartWithGetsAnApostrophe(String text) {
        assertThat(XlsxText.guard(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "+7", "-1.5", "-0,25", "1e3", "-2E-4", "Сургут", "", "a=b", "'=1", " =1"})
    void numbersAndOrdinaryTextStayAsTheyAre(String text) {
        assertThat(XlsxText.guard(text)).isEqualTo(text);
    }

    @Test
    void textWithinTheCellLimitIsKept() {
        String text = "я".repeat(XlsxText.MAX_LENGTH);

        assertThat(XlsxText.truncate(text)).isSameAs(text);
    }

    @Test
    void longerTextIsCutToTheLimitEndingWithAnEllipsis() {
        String cut = XlsxText.truncate("я".repeat(XlsxText.MAX_LENGTH + 1));

        assertThat(cut).hasSize(XlsxText.MAX_LENGTH).endsWith("я…");
    }

    @Test
    void cutNeverLeavesHalfOfASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one character, two chars
        String text = "я".repeat(XlsxText.MAX_LENGTH - 2) + emoji + "я";

        String cut = XlsxText.truncate(text);

        assertThat(cut).hasSize(XlsxText.MAX_LENGTH - 1).endsWith("я…");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void guardedLongTextStillFitsTheCell() {
        assertThat(XlsxText.safe("=" + "1".repeat(40_000))).hasSize(XlsxText.MAX_LENGTH).startsWith("'=");
    }
}
