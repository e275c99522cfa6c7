package ru.gospages.rules;

/** Digit strings as the number rules read them; a scan, since a regular expression per cell cost more than the check. */
final class Digits {

    private Digits() {
    }

    /** True for a non-empty string of ASCII digits only (what {@code [0-9]+} matches). */
    static boolean all(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for digits in groups of three after a first group of one to three, one space between
     * groups, at least two groups: «12 345», «1 234 567» (what {@code [0-9]{1,3}(?: [0-9]{3})+} matches).
     */
    static boolean grouped(String text) {
        int firstSpace = text.indexOf(' ');
        if (firstSpace < 1 || firstSpace > 3 || (text.length() - firstSpace) % 4 != 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            boolean separator = i >= firstSpace && (i - firstSpace) % 4 == 0;
            if (separator ? text.charAt(i) != ' ' : !isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
