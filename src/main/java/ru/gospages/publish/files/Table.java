package ru.gospages.publish.files;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of one output table, shared by every format: its columns in order and a title, which
 * is the sheet name in XLSX and so follows Excel's rules: 1..31 characters, none of
 * {@code : \ / ? * [ ]} nor a control character, no apostrophe first or last.
 */
public record Table<T>(String title, List<Column<T>> columns) {

    private static final Pattern FORBIDDEN_IN_TITLE = Pattern.compile("[:\\\\/?*\\[\\]\\p{Cntrl}]");

    public Table {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column: " + title);
        }
        if (title.isBlank() || title.length() > 31) {
            throw new IllegalArgumentException("A sheet title must have 1..31 characters: " + title);
        }
        if (FORBIDDEN_IN_TITLE.matcher(title).find() || title.startsWith("'") || title.endsWith("'")) {
            // Excel takes a workbook with such a sheet name for damaged and offers to repair it
            throw new IllegalArgumentException("A sheet title cannot hold : \\ / ? * [ ] or start or end with ': " + title);
        }
        Set<String> names = new HashSet<>();
        for (Column<T> column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("Column " + column.name() + " appears twice in " + title);
            }
        }
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // List.of only reads the array
    public static <T> Table<T> of(String title, Column<T>... columns) {
        return new Table<>(title, List.of(columns));
    }

    /** The CSV header: the column names in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The XLSX header: the Russian titles in order. */
    public List<String> titles() {
        return columns.stream().map(Column::title).toList();
    }
}
