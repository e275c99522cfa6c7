package ru.gospages.publish.opendata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.CsvTableWriter;
import ru.gospages.publish.files.Table;

/**
 * The publisher's registry of open-data sets ({@code opendata/list.csv}, methodical recommendations
 * 3.0, appendix 7): {@code property,title,value,format}, the standard version first, then each set
 * with its title and the address of its passport.
 */
public final class ListCsv {

    /** One row of the registry. */
    public record Row(String property, String title, String value, String format) {
    }

    private static final Table<Row> TABLE = Table.of("Реестр наборов",
            Column.text("property", "Свойство", 30, Row::property),
            Column.text("title", "Наименование", 80, Row::title),
            Column.text("value", "Значение", 60, Row::value),
            Column.text("format", "Формат", 8, Row::format));

    private ListCsv() {
    }

    public static List<Row> rows(OpenDataPassport passport, List<String> codes) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("standardversion", "Версия методических рекомендаций", OpenDataPassport.STANDARD_VERSION, ""));
        for (String code : codes) {
            rows.add(new Row(passport.identifier(code), passport.texts(code).title(),
                    passport.url(code, "meta.csv"), "csv"));
        }
        return rows;
    }

    public static void write(OpenDataPassport passport, List<String> codes, Path file) throws IOException {
        new CsvTableWriter().write(TABLE, rows(passport, codes), file);
    }
}
