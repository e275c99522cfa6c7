package ru.gospages.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import ru.gospages.problems.Place;
import ru.gospages.profile.ColumnKey;
import ru.gospages.profile.Platform;
import ru.gospages.text.CellText;

/**
 * One data row of a sheet mapped onto the recognised columns, values still as written (cleaned of
 * stray spaces): the shared cells of the organisation and one {@link Cell}-set per page column.
 */
public record SubmittedRow(Place place, Map<ColumnKey, Cell> shared, List<PageCells> pages) {

    /** One cell: its 0-based column (−1 when the sheet has no such column) and its cleaned text. */
    public record Cell(int column, String text) {
        static final Cell ABSENT = new Cell(-1, "");

        public boolean isBlank() {
            return text.isEmpty();
        }

        public boolean isAbsent() {
            return column < 0;
        }

        /** The spreadsheet letter of the column, "" when absent. */
        public String letter() {
            return column < 0 ? "" : CellText.columnLetter(column);
        }
    }

    /** The cells of one page column set: the platform named by its header, URL, verification and followers. */
    public record PageCells(Optional<Platform> platform, Cell url, Cell verified, Cell followers) {
    }

    public SubmittedRow {
        shared = copy(shared);
        pages = List.copyOf(pages);
    }

    public Cell cell(ColumnKey key) {
        return shared.getOrDefault(key, Cell.ABSENT);
    }

    /** True when no recognised column has a value (a note under the table, a blank row). */
    public boolean isEmpty() {
        for (Cell cell : shared.values()) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        for (PageCells page : pages) {
            if (!page.url().isBlank() || !page.verified().isBlank() || !page.followers().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Maps a raw row through a sheet layout. */
    public static SubmittedRow of(Place place, RawRow row, SheetLayout layout) {
        Map<ColumnKey, Cell> shared = new EnumMap<>(ColumnKey.class);
        for (Map.Entry<ColumnKey, Integer> column : layout.columns().entrySet()) {
            shared.put(column.getKey(), cell(row, column.getValue()));
        }
        List<PageCells> pages = new ArrayList<>(layout.pages().size());
        for (PageColumns columns : layout.pages()) {
            pages.add(new PageCells(columns.platform(), cell(row, columns.url()),
                    cell(row, columns.verified()), cell(row, columns.followers())));
        }
        return new SubmittedRow(place, shared, pages);
    }

    private static Cell cell(RawRow row, OptionalInt column) {
        return column.isPresent() ? cell(row, column.getAsInt()) : Cell.ABSENT;
    }

    private static Cell cell(RawRow row, int column) {
        return new Cell(column, CellText.clean(row.cell(column)));
    }

    /** An unmodifiable copy keyed by enum: {@link #cell} runs a dozen times a row, and an EnumMap look-up is an array index. */
    private static Map<ColumnKey, Cell> copy(Map<ColumnKey, Cell> shared) {
        EnumMap<ColumnKey, Cell> copy = new EnumMap<>(ColumnKey.class);
        for (Map.Entry<ColumnKey, Cell> entry : shared.entrySet()) {
            copy.put(entry.getKey(), Objects.requireNonNull(entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }
}
