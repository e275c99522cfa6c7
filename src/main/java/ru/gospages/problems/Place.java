package ru.gospages.problems;

/**
 * Where a row is, as problems name it: the file (its path relative to the period's folder), the
 * sheet's name and 0-based index, and the 1-based row number the sender sees. The column of a
 * finding is the cell's own.
 */
public record Place(String file, String sheet, int sheetIndex, int row) {
}
