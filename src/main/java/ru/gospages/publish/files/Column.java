package ru.gospages.publish.files;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One column of a {@link Table}: the CSV name, the Russian title shown in XLSX, the value type, the
 * XLSX width in characters and how to take the value from a row. Build it with the typed factories,
 * which guarantee {@link #valueOf} returns a {@code String}, {@code Long}, {@code BigDecimal},
 * {@code Boolean} or {@code null} (absent) to match the type.
 */
public record Column<T>(String name, String title, ColumnType type, int width, Function<? super T, ?> value) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (width < 1 || width > 255) {
            // Excel's own limit for a column width
            throw new IllegalArgumentException("Column width must be 1..255 characters: " + width);
        }
    }

    public static <T> Column<T> text(String name, String title, int width, Function<? super T, String> value) {
        return new Column<>(name, title, ColumnType.TEXT, width, value);
    }

    public static <T> Column<T> url(String name, String title, int width, Function<? super T, String> value) {
        return new Column<>(name, title, ColumnType.URL, width, value);
    }

    /** A whole number; an empty {@code OptionalLong} is an absent value. */
    public static <T> Column<T> integer(String name, String title, int width,
                                        Function<? super T, OptionalLong> value) {
        return new Column<>(name, title, ColumnType.INTEGER, width, row -> {
            OptionalLong number = value.apply(row);
            return number.isPresent() ? Long.valueOf(number.getAsLong()) : null;
        });
    }

    /** A decimal written with its own scale; {@code null} is an absent value. */
    public static <T> Column<T> decimal(String name, String title, int width,
                                        Function<? super T, BigDecimal> value) {
        return new Column<>(name, title, ColumnType.DECIMAL, width, value);
    }

    public static <T> Column<T> bool(String name, String title, int width, Predicate<? super T> value) {
        return new Column<>(name, title, ColumnType.BOOLEAN, width, row -> value.test(row));
    }

    /** The value of this column in {@code row}, or {@code null} when it is absent. */
    public Object valueOf(T row) {
        return value.apply(row);
    }
}
