package ru.gospages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.gospages.testing.RandomTexts;

class NamesTest {

    @Test
    void foldsCaseYoDashesSpacesAndTrailingMarks() {
        assertThat(Names.fold("  Ханты - Мансийский  район ")).isEqualTo("ханты-мансийский район");
        assertThat(Names.fold("Ханты\u2013Мансийск")).isEqualTo("ханты-мансийск");
        assertThat(Names.fold("ХМАО \u2014Югра")).isEqualTo("хмао-югра");
        assertThat(Names.fold("Учреждение – подведомственное")).isEqualTo("учреждение-подведомственное");
        assertThat(Names.fold("Пыть-Ях")).isEqualTo("пыть-ях");
        assertThat(Names.fold("Всё ЁЛКИ")).isEqualTo("все елки");
        assertThat(Names.fold("ИНН *")).isEqualTo("инн");
        assertThat(Names.fold("Ссылка: *:")).isEqualTo("ссылка");
        assertThat(Names.fold(null)).isEmpty();
    }

    @Test
    void aFoldedNameComesBackAsTheSameString() {
        String folded = "городской округ сургут";
        assertThat(Names.fold(folded)).isSameAs(folded);
    }

    @Test
    void givesWhatTheRegularExpressionFoldGaveForRandomText() {
        String alphabet = "aZЯяЁё -‐‑‒–—―−*:\u00A0\t\u200B.";
        RandomTexts.forEach(alphabet, 9, 100_000, 7,
                input -> assertThat(Names.fold(input)).as("«%s»", input).isEqualTo(regexFold(input)));
    }

    /** The fold before it scanned for dashes by hand: the reference for the one in use. */
    private static String regexFold(String text) {
        String s = CellText.clean(text).toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212') {
                c = '-';
            }
            out.append(c);
        }
        String folded = Pattern.compile(" ?- ?").matcher(out).replaceAll("-");
        while (!folded.isEmpty() && (folded.endsWith("*") || folded.endsWith(":"))) {
            folded = folded.substring(0, folded.length() - 1).trim();
        }
        return folded;
    }
}
