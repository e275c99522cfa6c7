package ru.gospages.intake;

import java.util.Arrays;
import ru.gospages.text.CellText;

/**
 * One row of a sheet as read from the file, before any interpretation: the 1-based row number the
 * sender sees, and the text of each cell by 0-based column index ({@code null} or empty when blank).
 * Numbers arrive as exact plain digit strings, dates as ISO {@code yyyy-MM-dd}, booleans as
 * {@code TRUE}/{@code FALSE}, formulas as their cached result, hyperlink cells whose text is not
 * an address as the link target.
 */
public record RawRow(int number, String[] cells) {

    /** The text of a column, or "" when the row has no such cell. */
    public String cell(int column) {
        if (column < 0 || column >= cells.length || cells[column] == null) {
            return "";
        }
        return cells[column];
    }

    public int width() {
        return cells.length;
    }

    /** True when no cell has visible text. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (CellText.hasText(cell)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return number + ":" + Arrays.toString(cells);
    }
}
