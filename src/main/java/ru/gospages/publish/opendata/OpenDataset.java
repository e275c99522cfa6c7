package ru.gospages.publish.opendata;

import java.util.ArrayList;
import java.util.List;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.Table;

/**
 * An open-data set defined once: its code (the identifier is {@code <publisherINN>-<code>}), the
 * table whose columns are its fields in data-file order, an English and a Russian description of
 * every column, and the primary key. The data file, the structure file and the package schema are
 * all written from this definition, and a description without its column (or the reverse) is
 * refused here, so the three cannot drift apart.
 */
public record OpenDataset<T>(String code, Table<T> table, List<Description> descriptions, List<String> primaryKey) {

    /** What one column holds, for people reading the structure file or the package. */
    public record Description(String name, String english, String russian) {
    }

    public OpenDataset {
        descriptions = List.copyOf(descriptions);
        primaryKey = List.copyOf(primaryKey);
        List<String> described = descriptions.stream().map(Description::name).toList();
        if (!described.equals(table.names())) {
            throw new IllegalArgumentException("Dataset " + code + " describes " + described
                    + " but its columns are " + table.names());
        }
        if (primaryKey.isEmpty() || !table.names().containsAll(primaryKey)) {
            throw new IllegalArgumentException("Dataset " + code + " has a primary key outside its columns: " + primaryKey);
        }
    }

    /** The fields in data-file order. */
    public List<OpenDataField> fields() {
        List<OpenDataField> fields = new ArrayList<>();
        List<Column<T>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Description description = descriptions.get(i);
            fields.add(new OpenDataField(column.name(), column.type(), column.title(),
                    description.english(), description.russian()));
        }
        return fields;
    }
}
