package ru.gospages.rules;

import java.util.OptionalLong;
import ru.gospages.text.CellText;

/** Reads the number of followers of a page: a non-negative whole number, digit groups may be spaced. */
public final class Followers {

    private Followers() {
    }

    /**
     * The number, or empty if the cell is not a non-negative whole number (R-FOLLOWERS-INVALID) or is
     * blank. Every kind of space between groups counts (plain, no-break, thin: {@link CellText#clean}
     * makes them plain). {@code 12345.0} and {@code 12,345} are rejected: readers give numeric cells as
     * exact plain digits, so a decimal point or comma can only have been typed by a person, and
     * «12,5» is a fraction in Russian.
     */
    public static OptionalLong parse(String cell) {
        String text = CellText.clean(cell);
        // either plain digits, or groups of three after the first, as in «12 345» or «1 234 567»
        if (!Digits.all(text) && !Digits.grouped(text)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.replace(" ", "")));
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }
}
