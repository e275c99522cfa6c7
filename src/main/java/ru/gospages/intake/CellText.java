package ru.gospages.intake;

/** Cleaning of cell text as people type it: surrounding, non-breaking and zero-width spaces. */
public final class CellText {

    private CellText() {
    }

    /**
     * The text with zero-width characters and BOMs removed, every kind of space (no-break, thin,
     * tab, line break) turned into a plain space, runs of spaces collapsed and the ends trimmed.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
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

    /** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
