package ru.gospages.text;

/** Cleaning of cell text as people type it: surrounding, non-breaking and zero-width spaces. */
public final class CellText {

    private CellText() {
    }

    /**
     * The text with zero-width characters and BOMs removed, every kind of space (no-break, thin,
     * tab, line break) turned into a plain space, runs of spaces collapsed and the ends trimmed.
     * Most cells are clean already and come back as they are: every cell is cleaned several times
     * on its way through the rules, and a copy each time was the intake's biggest cost.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return isClean(text) ? text : rebuild(text);
    }

    /** True when the text has visible characters (what {@link #clean} would leave is not empty). */
    public static boolean hasText(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isPlain(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    /** The 0-based index of a column letter (A → 0, AA → 26); -1 for anything else. */
    public static int columnIndex(String letters) {
        if (letters == null || letters.isEmpty() || !letters.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return -1;
        }
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** No character to drop or replace, no space at either end, no two spaces in a row. */
    static boolean isClean(String text) {
        char previous = ' '; // a leading space is as unclean as a double one
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPlain(c) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    private static String rebuild(String text) {
        char[] out = new char[text.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPlain(c)) {
                space |= isSpace(c) && length > 0;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            out[length++] = c;
        }
        return new String(out, 0, length);
    }

    /**
     * Neither space nor invisible, decided without Unicode tables (a look-up per character of
     * every cell showed in the profile): below U+1680 the only spaces are ASCII ones and U+00A0,
     * the only dropped one U+00AD; above, the few listed. CellTextTest checks all 65,536 chars.
     */
    static boolean isPlain(char c) {
        if (c < 0x80) {
            return c > ' ' || !isSpace(c);
        }
        if (c < 0x1680) {
            return c != '\u00A0' && c != '\u00AD';
        }
        return !(c == '\u1680' || c >= '\u2000' && c <= '\u200D' || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u2060' || c == '\u3000' || c == '\uFEFF');
    }

    /** Zero-width characters, BOM and soft hyphen: dropped. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Every kind of space, line break and NUL: one plain space. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0000';
    }
}
