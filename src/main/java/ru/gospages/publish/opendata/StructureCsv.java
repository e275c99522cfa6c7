package ru.gospages.publish.opendata;

import java.io.IOException;
import java.nio.file.Path;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.CsvTableWriter;
import ru.gospages.publish.files.Table;

/**
 * The structure file of an open-data set ({@code structure-<sv>.csv}, methodical recommendations
 * 3.0): one row per field with {@code field name, english description, russian description, format}.
 */
public final class StructureCsv {

    private static final Table<OpenDataField> TABLE = Table.of("Структура",
            Column.text("field name", "Поле", 24, OpenDataField::name),
            Column.text("english description", "Описание (англ.)", 60, OpenDataField::english),
            Column.text("russian description", "Описание", 60, OpenDataField::russian),
            Column.text("format", "Формат", 10, OpenDataField::structureFormat));

    private StructureCsv() {
    }

    public static Table<OpenDataField> table() {
        return TABLE;
    }

    /** Writes the structure of {@code dataset} to {@code file}. */
    public static void write(OpenDataset<?> dataset, Path file) throws IOException {
        new CsvTableWriter().write(TABLE, dataset.fields(), file);
    }

    /** The file name of the current structure version. */
    public static String fileName() {
        return "structure-" + OpenDataLayout.STRUCTURE_VERSION + ".csv";
    }
}
