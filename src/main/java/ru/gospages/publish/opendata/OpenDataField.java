package ru.gospages.publish.opendata;

import java.util.Optional;
import ru.gospages.publish.files.ColumnType;
import ru.gospages.publish.files.Table;

/**
 * One field of an open-data set as its structure file and its package schema describe it: name,
 * value type, short Russian title, English and Russian description. Both formats name the type
 * here, from the column's {@link ColumnType}, so they cannot disagree.
 */
public record OpenDataField(String name, ColumnType type, String title, String english, String russian) {

    /** The {@code format} of the structure file (methodical recommendations 3.0). */
    public String structureFormat() {
        return switch (type) {
            case TEXT, URL -> "string";
            case INTEGER -> "integer";
            case DECIMAL -> "float";
            case BOOLEAN -> "boolean";
        };
    }

    /** The Table Schema type (Frictionless v2); CSV writes {@code true}/{@code false} and {@code 91.5}, its defaults. */
    public String schemaType() {
        return switch (type) {
            case TEXT, URL -> "string";
            case INTEGER -> "integer";
            case DECIMAL -> "number";
            case BOOLEAN -> "boolean";
        };
    }

    /** The Table Schema format, where the type alone says too little: web addresses are {@code uri}. */
    public Optional<String> schemaFormat() {
        return type == ColumnType.URL ? Optional.of("uri") : Optional.empty();
    }
}
