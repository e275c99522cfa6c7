package ru.gospages.web.upload;

import java.util.ArrayList;
import java.util.List;
import ru.gospages.profile.ColumnKey;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.Table;

/**
 * The blank template of {@code /template.xlsx}: the canonical headers of the profile in the wide
 * shape (one URL and one verification column per platform), so a new platform in the profile
 * appears in the template without a change here. Rows are lists of cell texts, left to right.
 */
public final class BlankTemplate {

    private BlankTemplate() {
    }

    @SuppressWarnings("unchecked")
    public static Table<List<String>> table(JobProfile profile) {
        List<Column<List<String>>> columns = new ArrayList<>();
        for (ColumnKey key : List.of(ColumnKey.ORGANIZATION, ColumnKey.INN, ColumnKey.OGRN, ColumnKey.ORG_TYPE, ColumnKey.MUNICIPALITY)) {
            columns.add(column(columns.size(), key.name().toLowerCase(), header(profile, key), key == ColumnKey.ORGANIZATION ? 50 : 22));
        }
        for (Platform platform : profile.platforms()) {
            columns.add(column(columns.size(), "url_" + platform.code(), header(profile, ColumnKey.URL) + " " + platform.name(), 40));
            columns.add(column(columns.size(), "verified_" + platform.code(), header(profile, ColumnKey.VERIFIED) + " " + platform.name(), 16));
        }
        columns.add(column(columns.size(), "followers", header(profile, ColumnKey.FOLLOWERS), 16));
        columns.add(column(columns.size(), "exemption", header(profile, ColumnKey.EXEMPTION), 40));
        return Table.of("Страницы", columns.toArray(Column[]::new));
    }

    private static String header(JobProfile profile, ColumnKey key) {
        return profile.columns().get(key).header();
    }

    private static Column<List<String>> column(int index, String name, String title, int width) {
        return Column.text(name, title, width, row -> index < row.size() ? row.get(index) : "");
    }
}
