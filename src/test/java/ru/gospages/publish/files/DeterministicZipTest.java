package ru.gospages.publish.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterministicZipTest {

    private static final LocalDateTime AS_OF = LocalDate.of(2022, 11, 30).atStartOfDay();

    @TempDir
    Path dir;

    @Test
    void sameContentWrittenAtDifferentTimesGivesIdenticalBytes() throws IOException {
        Path morning = zip("morning.zip", LocalDateTime.of(2024, 3, 1, 8, 0));
        Path evening = zip("evening.zip", LocalDateTime.of(2025, 7, 9, 21, 17, 44));
        assertThat(Files.readAllBytes(morning)).isNotEqualTo(Files.readAllBytes(evening));

        DeterministicZip.copy(morning, dir.resolve("a.zip"), AS_OF);
        DeterministicZip.copy(evening, dir.resolve("b.zip"), AS_OF);

        assertThat(dir.resolve("a.zip")).hasSameBinaryContentAs(dir.resolve("b.zip"));
    }

    @Test
    void everyEntryCarriesTheFixedTimeAndKeepsItsContentAndOrder() throws IOException {
        Path copy = dir.resolve("copy.zip");
        DeterministicZip.copy(zip("source.zip", LocalDateTime.of(2024, 3, 1, 8, 0)), copy, AS_OF);

        List<String> names = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setPath(copy).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                names.add(entry.getName());
                assertThat(entry.getLastModifiedDate()).isEqualTo(Timestamp.valueOf(AS_OF));
                assertThat(entry.getExtraFields()).isEmpty();
                try (InputStream in = zip.getInputStream(entry)) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(content(entry.getName()));
                }
            }
        }
        assertThat(names).containsExactly("[Content_Types].xml", "xl/worksheets/sheet1.xml", "docProps/core.xml");
    }

    @Test
    void copyOverALongerFileReplacesItWhole() throws IOException {
        Path source = zip("source.zip", LocalDateTime.of(2024, 3, 1, 8, 0));
        DeterministicZip.copy(source, dir.resolve("fresh.zip"), AS_OF);
        Path reused = dir.resolve("reused.zip");
        Files.write(reused, new byte[1_000_000]);

        DeterministicZip.copy(source, reused, AS_OF);

        assertThat(reused).hasSameBinaryContentAs(dir.resolve("fresh.zip"));
    }

    @Test
    void bytesDoNotDependOnTheTimeZoneOfTheMachine() throws IOException {
        Path source = zip("source.zip", LocalDateTime.of(2024, 3, 1, 8, 0));
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Yekaterinburg"));
            DeterministicZip.copy(source, dir.resolve("yugra.zip"), AS_OF);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            DeterministicZip.copy(source, dir.resolve("la.zip"), AS_OF);
        } finally {
            TimeZone.setDefault(original);
        }

        assertThat(dir.resolve("yugra.zip")).hasSameBinaryContentAs(dir.resolve("la.zip"));
    }

    /** A small zip with a stored and two deflated entries, stamped with {@code time}. */
    private Path zip(String name, LocalDateTime time) throws IOException {
        Path file = dir.resolve(name);
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            for (String entryName : List.of("[Content_Types].xml", "xl/worksheets/sheet1.xml", "docProps/core.xml")) {
                ZipArchiveEntry entry = new ZipArchiveEntry(entryName);
                entry.setTime(Timestamp.valueOf(time).getTime());
                if (entryName.startsWith("docProps")) {
                    byte[] bytes = content(entryName).getBytes(StandardCharsets.UTF_8);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    entry.setCrc(crc.getValue());
                }
                out.putArchiveEntry(entry);
                out.write(content(entryName).getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        return file;
    }

    private static String content(String entryName) {
        return "<x name=\"" + entryName + "\">" + "Реестр ".repeat(50) + "</x>";
    }
}
