package ru.gospages.intake;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import ru.gospages.profile.ColumnKey;

/**
 * Where the recognised columns of a sheet are: the header's last row number (data starts below),
 * the single columns by key, and the page columns (one in the long shape, one per platform in the
 * wide shape, left to right), and the header text of every column as read (merged two-row headers as one),
 * which the web page shows beside a problem's column letter.
 */
public record SheetLayout(int headerRow, Map<ColumnKey, Integer> columns, List<PageColumns> pages, List<String> headers) {

    public SheetLayout {
        columns = Map.copyOf(columns);
        pages = List.copyOf(pages);
        headers = List.copyOf(headers);
    }

    public SheetLayout(int headerRow, Map<ColumnKey, Integer> columns, List<PageColumns> pages) {
        this(headerRow, columns, pages, List.of());
    }

    public OptionalInt column(ColumnKey key) {
        Integer index = columns.get(key);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** True when URL columns carry a platform in their header (one row per organisation). */
    public boolean isWide() {
        return pages.stream().anyMatch(p -> p.platform().isPresent());
    }

    /** Number of recognised columns, used to prefer the better of two header candidates. */
    int recognised() {
        int count = columns.size();
        for (PageColumns page : pages) {
            count += 1 + (page.verified().isPresent() ? 1 : 0) + (page.followers().isPresent() ? 1 : 0);
        }
        return count;
    }
}
