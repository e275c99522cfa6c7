package ru.gospages.text;

import java.util.Locale;

/**
 * The folding key of a name as people write it, used wherever two spellings must compare equal
 * (headers, municipalities, organisation types, yes/no words): cleaned spaces, lower case,
 * {@code ё} → {@code е}, every dash (‐ ‑ ‒ – — ― −) → {@code -} with no spaces around it,
 * a trailing {@code *} or {@code :} removed.
 */
public final class Names {

    private Names() {
    }

    public static String fold(String text) {
        // each step returns its input when it changes nothing, so a folded name costs no copy
        String s = CellText.clean(text).toLowerCase(Locale.ROOT).replace('ё', 'е');
        String folded = hasDash(s) ? joinDashes(s) : s;
        while (!folded.isEmpty() && (folded.endsWith("*") || folded.endsWith(":"))) {
            folded = folded.substring(0, folded.length() - 1).trim();
        }
        return folded;
    }

    /** Every dash as {@code -}, without the space before or after it («Ханты - Мансийск» → «ханты-мансийск»). */
    private static String joinDashes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDash(c)) {
                out.append('-');
            } else if (c != ' ' || !nextToDash(s, i)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Cleaned text has single spaces only, so a space is next to a dash or between two words. */
    private static boolean nextToDash(String s, int space) {
        return space > 0 && isDash(s.charAt(space - 1)) || space + 1 < s.length() && isDash(s.charAt(space + 1));
    }

    private static boolean hasDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDash(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212';
    }
}
