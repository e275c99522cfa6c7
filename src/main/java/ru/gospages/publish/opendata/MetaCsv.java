package ru.gospages.publish.opendata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.CsvTableWriter;
import ru.gospages.publish.files.Table;

/**
 * The passport of an open-data set ({@code meta.csv}, methodical recommendations 3.0):
 * {@code property,value} rows of the fixed properties, one {@code data-…} row per data version
 * (newest first) and one {@code structure-…} row per structure version those data follow.
 */
public final class MetaCsv {

    /** One property of the passport. */
    public record Row(String property, String value) {
    }

    private static final Table<Row> TABLE = Table.of("Паспорт",
            Column.text("property", "Свойство", 40, Row::property),
            Column.text("value", "Значение", 100, Row::value));
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private MetaCsv() {
    }

    /**
     * The rows of the passport of {@code code} whose folder holds {@code versions} (at least one).
     * {@code created} is the oldest version's date, {@code modified} the newest's. {@code valid}, the
     * date until which the set is current, is the last day of the month after the newest as-of date:
     * the next monthly version (that month) is due on the first day of the month after it.
     */
    public static List<Row> rows(OpenDataPassport passport, String code, List<DataVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("A passport lists at least one data version: " + code);
        }
        List<DataVersion> newestFirst = versions.stream().sorted(DataVersion.NEWEST_FIRST).distinct().toList();
        LocalDate newest = newestFirst.get(0).asOf();
        LocalDate oldest = newestFirst.get(newestFirst.size() - 1).asOf();
        JobProfile.OpenData profile = passport.profile();
        JobProfile.Dataset texts = passport.texts(code);
        List<Row> rows = new ArrayList<>(List.of(
                new Row("standardversion", OpenDataPassport.STANDARD_VERSION),
                new Row("identifier", passport.identifier(code)),
                new Row("title", texts.title()),
                new Row("description", texts.description()),
                new Row("creator", profile.creator()),
                new Row("created", oldest.format(BASIC_DATE)),
                new Row("modified", newest.format(BASIC_DATE)),
                new Row("subject", texts.subject()),
                new Row("format", "csv"),
                new Row("provenance", "Ежемесячное обновление: данные на " + newest.format(RUSSIAN_DATE)),
                new Row("valid", YearMonth.from(newest).plusMonths(1).atEndOfMonth().format(BASIC_DATE)),
                new Row("publishername", profile.publisherName()),
                new Row("publisherphone", profile.publisherPhone()),
                new Row("publishermbox", profile.publisherMbox())));
        Set<String> structures = new LinkedHashSet<>();
        for (DataVersion version : newestFirst) {
            rows.add(new Row(version.key(), passport.url(code, version.fileName())));
            structures.add(version.structureVersion());
        }
        structures.stream().sorted((a, b) -> b.compareTo(a)).forEach(structure ->
                rows.add(new Row("structure-" + structure, passport.url(code, "structure-" + structure + ".csv"))));
        return rows;
    }

    /** Writes the passport to {@code file}. */
    public static void write(OpenDataPassport passport, String code, List<DataVersion> versions, Path file)
            throws IOException {
        new CsvTableWriter().write(TABLE, rows(passport, code, versions), file);
    }
}
