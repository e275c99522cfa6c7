package ru.gospages.publish.files;

import java.util.regex.Pattern;

/**
 * Makes text safe for an XLSX text cell: formula injection is defused (SPEC 7, OWASP "CSV
 * injection") and text longer than Excel's cell limit is cut.
 */
public final class XlsxText {

    /** Excel's limit for the text of one cell; POI throws beyond it. */
    public static final int MAX_LENGTH = 32_767;

    private static final String ELLIPSIS = "…";
    // a plain number, as Excel would read it in either locale: -5, +7, 1.5, -0,25, 1e3
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?(?:[eE][+-]?\\d+)?");

    private XlsxText() {
    }

    /** The guarded and, if needed, shortened text. */
    public static String safe(String text) {
        return truncate(guard(text));
    }

    /**
     * Prefixes {@code '} to text that a spreadsheet could take for a formula: starting with
     * {@code = + - @}, tab or CR, unless the whole text is a number ({@code -5} stays {@code -5}).
     * The apostrophe stays in the cell text, so it survives a later export to CSV as well.
     */
    public static String guard(String text) {
        if (text.isEmpty() || !isTrigger(text.charAt(0)) || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** Cuts text over {@link #MAX_LENGTH} characters, ending it with "…". */
    public static String truncate(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character outside the BMP into a lone surrogate
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    private static boolean isTrigger(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
