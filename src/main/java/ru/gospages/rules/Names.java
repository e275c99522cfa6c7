package ru.gospages.rules;

import java.util.Locale;
import ru.gospages.intake.CellText;

/**
 * The folding key of a name as people write it, used wherever two spellings must compare equal
 * (headers, municipalities, organisation types, yes/no words): cleaned spaces, lower case,
 * {@code ё} → {@code е}, every dash (‐ ‑ ‒ – — ― −) → {@code -} with no spaces around it,
 * a trailing {@code *} or {@code :} removed.
 */
public final class Names {

    private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile(" ?- ?");

    private Names() {
    }

    public static String fold(String text) {
        String s = CellText.clean(text).toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212') {
                c = '-';
            }
            out.append(c);
        }
        String folded = SPACED_DASH.matcher(out).replaceAll("-");
        while (!folded.isEmpty() && (folded.endsWith("*") || folded.endsWith(":"))) {
            folded = folded.substring(0, folded.length() - 1).trim();
        }
        return folded;
    }
}
