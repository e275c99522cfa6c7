package ru.gospages.publish.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.publish.portal.tree.Delivery;
import ru.gospages.publish.portal.tree.OpenDataTree;
import ru.gospages.publish.portal.tree.PublishSetupException;
import ru.gospages.publish.portal.tree.PublishedFile;

/** {@code publish --target=static}: ordered, atomic, no rewrite of identical files, nothing deleted (SPEC 11). */
class StaticTargetTest {

    @TempDir
    Path output;

    @TempDir
    Path web;

    @Test
    void copiesDataAndStructureFirstThenEachPassportThenThePublishersFiles() throws Exception {
        OpenDataTree tree = OpenDataTree.of(OpenDataTrees.write(output, "2022-11", "2022-12").getParent());
        List<String> order = new ArrayList<>();
        Delivery delivery = new Delivery(line -> { });

        new StaticTarget(web, (source, part) -> {
            order.add(output.resolve("opendata").relativize(source).toString().replace('\\', '/'));
            Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
        }).publish(tree, YearMonth.of(2022, 12), delivery);

        String pages = OpenDataTrees.PAGES + "/";
        String figures = OpenDataTrees.FIGURES + "/";
        assertThat(order).containsExactly(
                pages + "data-20221130-structure-20221201.csv", pages + "data-20221231-structure-20221201.csv",
                pages + "structure-20221201.csv",
                figures + "data-20221130-structure-20221201.csv", figures + "data-20221231-structure-20221201.csv",
                figures + "structure-20221201.csv",
                pages + "meta.csv", figures + "meta.csv", "list.csv", "datapackage.json");
        assertSameTree();
    }

    @Test
    void aCrashBetweenFilesLeavesNoHalfWrittenFileUnderAFinalNameAndTheNextPublishCompletesIt() throws Exception {
        OpenDataTrees.write(output, "2022-11");
        new StaticTarget(web).publish(OpenDataTree.of(output), YearMonth.of(2022, 11), new Delivery(line -> { }));
        OpenDataTrees.addPeriod(output, YearMonth.of(2022, 12));
        byte[] oldMeta = Files.readAllBytes(web.resolve(OpenDataTrees.PAGES).resolve("meta.csv"));
        int[] copies = {0};
        // the 2nd copy of this publish (the new data file of the second dataset) dies halfway through
        StaticTarget crashing = new StaticTarget(web, (source, part) -> {
            if (++copies[0] == 2) {
                byte[] bytes = Files.readAllBytes(source);
                Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                throw new IOException("injected crash after 1 file");
            }
            Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
        });
        Delivery first = new Delivery(line -> { });

        assertThatThrownBy(() -> crashing.publish(OpenDataTree.of(output), YearMonth.of(2022, 12), first))
                .hasMessageContaining("injected crash");

        assertThat(first.count(PublishedFile.Action.SENT)).isEqualTo(1);
        // every file under a final name is whole: either the new bytes or the old ones, and the passport still the old one
        try (Stream<Path> files = Files.walk(web)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                Path source = output.resolve("opendata").resolve(web.relativize(file));
                if (!file.getFileName().toString().equals("meta.csv") && !file.getFileName().toString().endsWith(".json")
                        && !file.getFileName().toString().equals("list.csv")) {
                    assertThat(Files.mismatch(source, file)).as(file.toString()).isEqualTo(-1);
                }
            }
        }
        assertThat(web.resolve(OpenDataTrees.FIGURES).resolve(OpenDataTrees.dataName(YearMonth.of(2022, 12)))).doesNotExist();
        assertThat(Files.readAllBytes(web.resolve(OpenDataTrees.PAGES).resolve("meta.csv"))).isEqualTo(oldMeta);

        Delivery second = new Delivery(line -> { });
        new StaticTarget(web).publish(OpenDataTree.of(output), YearMonth.of(2022, 12), second);

        assertSameTree();
        assertThat(second.files()).filteredOn(f -> f.action() == PublishedFile.Action.SENT).extracting(PublishedFile::path)
                .containsExactly(OpenDataTrees.FIGURES + "/" + OpenDataTrees.dataName(YearMonth.of(2022, 12)),
                        OpenDataTrees.PAGES + "/meta.csv", OpenDataTrees.FIGURES + "/meta.csv", "datapackage.json");
        try (Stream<Path> files = Files.walk(web)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aSecondPublishRewritesNothingAndNothingIsDeletedFromTheFolder() throws Exception {
        OpenDataTrees.write(output, "2022-11");
        Files.writeString(web.resolve("index.html"), "<html>портал</html>");
        new StaticTarget(web).publish(OpenDataTree.of(output), YearMonth.of(2022, 11), new Delivery(line -> { }));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        List<Path> published;
        try (Stream<Path> files = Files.walk(web)) {
            published = files.filter(Files::isRegularFile).toList();
        }
        for (Path file : published) {
            Files.setLastModifiedTime(file, old);
        }

        Delivery again = new Delivery(line -> { });
        new StaticTarget(web).publish(OpenDataTree.of(output), YearMonth.of(2022, 11), again);

        assertThat(again.files()).hasSize(8).allMatch(f -> f.action() == PublishedFile.Action.SAME);
        for (Path file : published) {
            assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isEqualTo(old);
        }
        assertThat(web.resolve("index.html")).hasContent("<html>портал</html>");
    }

    @Test
    void aMissingFolderIsASetupErrorAndIsNotCreated() {
        OpenDataTrees.write(output, "2022-11");
        Path missing = web.resolve("share-not-mounted");

        assertThatThrownBy(() -> new StaticTarget(missing).publish(OpenDataTree.of(output), YearMonth.of(2022, 11),
                new Delivery(line -> { }))).isInstanceOf(PublishSetupException.class).hasMessageContaining("share-not-mounted");
        assertThat(missing).doesNotExist();
    }

    private void assertSameTree() {
        try (Stream<Path> files = Files.walk(output.resolve("opendata"))) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path copy = web.resolve(output.resolve("opendata").relativize(source));
                assertThat(Files.mismatch(source, copy)).as(copy.toString()).isEqualTo(-1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
