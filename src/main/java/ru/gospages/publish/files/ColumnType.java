package ru.gospages.publish.files;

/** What kind of value a {@link Column} holds, which decides how each format writes it. */
public enum ColumnType {
    /** Free text; in XLSX guarded against formula injection. */
    TEXT,
    /** A whole number ({@code Long}). */
    INTEGER,
    /** A decimal with its own scale ({@code BigDecimal}), e.g. a percentage {@code 91.0}. */
    DECIMAL,
    /** Yes or no: {@code true}/{@code false} in CSV, «да»/«нет» in XLSX. */
    BOOLEAN,
    /** A web address, clickable in XLSX. */
    URL
}
