package ru.gospages.publish.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Copies a zip (an XLSX) with every entry stamped with one fixed time, so the same content gives
 * the same bytes (SPEC 6.2): POI stamps entries with the time of writing. Entries are copied raw,
 * in their order, without decompressing or compressing again.
 */
public final class DeterministicZip {

    private DeterministicZip() {
    }

    /** Writes {@code target} as a copy of {@code source} whose entries all carry {@code entryTime}. */
    public static void copy(Path source, Path target, LocalDateTime entryTime) throws IOException {
        long time = dosTime(entryTime);
        try (ZipFile zip = ZipFile.builder().setPath(source).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(target, StandardOpenOption.CREATE,
                     StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                try (InputStream raw = zip.getRawInputStream(entry)) {
                    out.addRawArchiveEntry(stamped(entry, time), raw);
                }
            }
        }
    }

    /** A fresh entry: same name, method, sizes and CRC, no extra fields, only the fixed time. */
    private static ZipArchiveEntry stamped(ZipArchiveEntry entry, long time) {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        copy.setMethod(entry.getMethod());
        copy.setCrc(entry.getCrc());
        copy.setSize(entry.getSize());
        copy.setCompressedSize(entry.getCompressedSize());
        copy.setTime(time);
        return copy;
    }

    /**
     * Zip entries hold a local date and time (MS-DOS format) and the library converts from epoch
     * milliseconds with the JVM's zone; converting with the same zone here makes the stored fields
     * equal to {@code entryTime} whatever the zone of the machine.
     */
    private static long dosTime(LocalDateTime entryTime) {
        return entryTime.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
