package ru.gospages.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Lines of a terminal table: columns two spaces apart, padded to their widest cell, numbers right-aligned. */
final class TextTable {

    private TextTable() {
    }

    /** The lines of {@code rows} (the header first); {@code right} says which columns are right-aligned. */
    static List<String> align(List<String[]> rows, IntPredicate right) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String cell = right.test(c) ? " ".repeat(widths[c] - row[c].length()) + row[c]
                        : c == row.length - 1 ? row[c] : row[c] + " ".repeat(widths[c] - row[c].length());
                text.append(c == 0 ? "" : "  ").append(cell);
            }
            lines.add(text.toString().stripTrailing());
        }
        return lines;
    }
}
