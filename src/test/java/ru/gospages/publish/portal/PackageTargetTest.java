package ru.gospages.publish.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.publish.portal.tree.Delivery;
import ru.gospages.publish.portal.tree.OpenDataTree;
import ru.gospages.publish.portal.tree.PublishedFile;

/** {@code publish --target=package}: the zip's listing, its SHA256SUMS and README.txt, the same bytes every time. */
class PackageTargetTest {

    @TempDir
    Path output;

    @Test
    void theZipHoldsReadmeChecksumsAndTheTreeInPublicationOrderAndEveryChecksumMatches() throws Exception {
        OpenDataTrees.write(output, "2022-11", "2022-12");

        Path zip = pack();

        Map<String, byte[]> entries = read(zip);
        String pages = "opendata/" + OpenDataTrees.PAGES + "/";
        String figures = "opendata/" + OpenDataTrees.FIGURES + "/";
        assertThat(zip.getFileName()).hasToString("opendata-2022-12.zip");
        assertThat(entries.keySet()).containsExactly("README.txt", "SHA256SUMS",
                pages + "data-20221130-structure-20221201.csv", pages + "data-20221231-structure-20221201.csv",
                pages + "structure-20221201.csv",
                figures + "data-20221130-structure-20221201.csv", figures + "data-20221231-structure-20221201.csv",
                figures + "structure-20221201.csv",
                pages + "meta.csv", figures + "meta.csv", "opendata/list.csv", "opendata/datapackage.json");
        List<String> sums = List.of(new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8).split("\n"));
        assertThat(sums).hasSize(10);
        for (String line : sums) {
            String[] parts = line.split(" {2}", 2);
            assertThat(parts[0]).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(parts[1]))));
            assertThat(entries.get(parts[1])).isEqualTo(Files.readAllBytes(output.resolve(parts[1])));
        }
        String readme = new String(entries.get("README.txt"), StandardCharsets.UTF_8);
        assertThat(readme).startsWith("\uFEFFОткрытые данные для размещения на портале\r\n")
                .contains("на 31.12.2022", "sha256sum -c SHA256SUMS", OpenDataTrees.PAGES + " — Набор " + OpenDataTrees.PAGES,
                        "версий данных: 2", "https://example.ru/" + OpenDataTrees.PAGES + "/data-20221231-structure-20221201",
                        "Иванова Мария Сергеевна").doesNotContain("\n\n");
    }

    @Test
    void twoPackagingsOfTheSameTreeGiveTheSameBytesWhateverTheFilesTimes() throws Exception {
        OpenDataTrees.write(output, "2022-11");
        byte[] first = Files.readAllBytes(pack());
        Files.delete(PackageTarget.zipOf(output, YearMonth.of(2022, 11)));
        try (Stream<Path> files = Files.walk(output.resolve("opendata"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 86_400_000L));
            }
        }

        byte[] second = Files.readAllBytes(pack());

        assertThat(second).isEqualTo(first);
        Delivery again = new Delivery(line -> { });
        new PackageTarget(output, YearMonth.of(2022, 11)).publish(OpenDataTree.of(output), YearMonth.of(2022, 11), again);
        assertThat(again.files()).allMatch(f -> f.action() == PublishedFile.Action.SAME);
    }

    private Path pack() throws IOException {
        OpenDataTree tree = OpenDataTree.of(output);
        YearMonth period = tree.newestPeriod().orElseThrow();
        new PackageTarget(output, period).publish(tree, period, new Delivery(line -> { }));
        return PackageTarget.zipOf(output, period);
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(names).doesNotHaveDuplicates();
        return entries;
    }
}
