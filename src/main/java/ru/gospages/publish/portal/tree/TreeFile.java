package ru.gospages.publish.portal.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ru.gospages.publish.opendata.DataPackage;

/**
 * One file of the open-data tree: its path relative to {@code opendata/} with {@code /} separators
 * (also its path on the portal), where it is on disk, its kind and the dataset folder it is in
 * (empty for the publisher's files {@code list.csv} and {@code datapackage.json}).
 */
public record TreeFile(String path, Path file, Kind kind, String dataset) {

    /** The kinds in the order a reader must never see them half-updated: a passport only after its files. */
    public enum Kind {
        /** a data version: published once, never replaced on a portal */
        DATA,
        /** the structure of the data files */
        STRUCTURE,
        /** another file in a dataset folder */
        OTHER,
        /** the dataset's passport, listing every data version */
        META,
        /** the publisher's files: list.csv, datapackage.json */
        PUBLISHER
    }

    /** The file's name without folders. */
    public String name() {
        return file.getFileName().toString();
    }

    public long bytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the file's bytes in lower-case hex. */
    public String sha256() {
        try {
            return DataPackage.sha256(file).substring("sha256:".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
