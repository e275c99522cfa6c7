package ru.gospages.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import ru.gospages.profile.ColumnKey;
import ru.gospages.profile.Platform;
import ru.gospages.text.CellText;

/**
 * Finds the header of a sheet (SPEC 4.2): the first row, among the first rows of the sheet, in
 * which the URL column(s) and at least two other known columns are recognised. Titles above it are
 * ignored. A header may span two rows when its cells are merged — «Ссылка на страницу» over
 * «ВКонтакте» and «Одноклассники» — which arrives as text in the top-left cell only, so the two rows
 * are also tried together, filling the top row to the right over the merged area.
 */
public final class HeaderLocator {

    private static final int MIN_OTHER_COLUMNS = 2;

    private final HeaderMatcher matcher;

    public HeaderLocator(HeaderMatcher matcher) {
        this.matcher = matcher;
    }

    /** The layout of the first header among {@code rows} (the sheet's first rows, in order), if any. */
    public Optional<SheetLayout> locate(List<RawRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Optional<SheetLayout> single = layout(rows.get(i).number(), texts(rows.get(i)));
            Optional<SheetLayout> twoRows = i + 1 < rows.size()
                    ? layout(rows.get(i + 1).number(), combine(rows.get(i), rows.get(i + 1)))
                    : Optional.empty();
            if (twoRows.isPresent() && (single.isEmpty() || twoRows.get().recognised() > single.get().recognised())) {
                return twoRows;
            }
            if (single.isPresent()) {
                return single;
            }
        }
        return Optional.empty();
    }

    private static List<String> texts(RawRow row) {
        List<String> texts = new ArrayList<>(row.width());
        for (int c = 0; c < row.width(); c++) {
            texts.add(CellText.clean(row.cell(c)));
        }
        return texts;
    }

    /** Top and bottom header rows as one: a blank top cell above a sub-header takes the text to its left. */
    private static List<String> combine(RawRow top, RawRow bottom) {
        int width = Math.max(top.width(), bottom.width());
        List<String> texts = new ArrayList<>(width);
        String left = "";
        for (int c = 0; c < width; c++) {
            String upper = CellText.clean(top.cell(c));
            String lower = CellText.clean(bottom.cell(c));
            if (!upper.isEmpty()) {
                left = upper;
            } else if (!lower.isEmpty()) {
                upper = left;
            }
            texts.add(lower.isEmpty() ? upper : (upper + " " + lower).trim());
        }
        return texts;
    }

    private Optional<SheetLayout> layout(int headerRow, List<String> headers) {
        Map<ColumnKey, Integer> columns = new EnumMap<>(ColumnKey.class);
        Map<Optional<Platform>, Integer> urls = new LinkedHashMap<>();
        Map<Optional<Platform>, Integer> verified = new LinkedHashMap<>();
        Map<Optional<Platform>, Integer> followers = new LinkedHashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            Optional<HeaderMatcher.Match> match = matcher.match(headers.get(c));
            if (match.isEmpty()) {
                continue;
            }
            ColumnKey key = match.get().key();
            Optional<Platform> platform = match.get().platform();
            switch (key) {
                case URL -> urls.putIfAbsent(platform, c);
                case VERIFIED -> verified.putIfAbsent(platform, c);
                case FOLLOWERS -> followers.putIfAbsent(platform, c);
                default -> columns.putIfAbsent(key, c);
            }
        }
        int others = columns.size() + (verified.isEmpty() ? 0 : 1) + (followers.isEmpty() ? 0 : 1);
        if (urls.isEmpty() || others < MIN_OTHER_COLUMNS) {
            return Optional.empty();
        }
        List<PageColumns> pages = new ArrayList<>();
        urls.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(url -> pages.add(new PageColumns(url.getKey(), url.getValue(),
                        forPlatform(verified, url.getKey()), forPlatform(followers, url.getKey()))));
        return Optional.of(new SheetLayout(headerRow, columns, pages, headers));
    }

    /** The column qualified by the platform, else the unqualified one shared by all platforms. */
    private static OptionalInt forPlatform(Map<Optional<Platform>, Integer> byPlatform, Optional<Platform> platform) {
        Integer column = byPlatform.get(platform);
        if (column == null) {
            column = byPlatform.get(Optional.<Platform>empty());
        }
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }
}
