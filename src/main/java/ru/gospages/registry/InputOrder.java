package ru.gospages.registry;

/**
 * Input order (SPEC 6.1) as one sortable number: file, then sheet, then row, then column.
 * Bits: column 14 (16,384 columns), row 21 (2,097,151 rows), sheet 10 (1,024 sheets),
 * file 18 (262,143 files) — 63 bits, so the value stays a positive {@code long}.
 */
public final class InputOrder {

    public static final int MAX_FILES = (1 << 18) - 1;

    private InputOrder() {
    }

    public static long of(int file, int sheet, int row, int column) {
        return ((long) file << 45) | ((long) Math.min(sheet, 1023) << 35) | ((long) Math.min(row, (1 << 21) - 1) << 14)
                | Math.min(Math.max(column, 0), (1 << 14) - 1);
    }

    /** The position of a whole file (its file problem sorts before its rows). */
    public static long ofFile(int file) {
        return of(file, 0, 0, 0);
    }
}
