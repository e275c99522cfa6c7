package ru.gospages.publish.portal.tree;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import ru.gospages.problems.Messages;
import ru.gospages.publish.opendata.DataVersion;

/**
 * The open-data tree a run leaves under {@code <output>/opendata/} (SPEC 7), as the list of files in
 * the order they are published (SPEC 11): data and structure files first, then each dataset's
 * {@code meta.csv}, then {@code list.csv} and {@code datapackage.json}. So a reader who fetches a
 * passport or the publisher's list while a publish is under way finds every file they name. Hidden
 * files (temporary {@code .name.part} of a run in progress) are not part of the tree.
 */
public final class OpenDataTree {

    private static final String META = "meta.csv";
    private static final List<String> PUBLISHER_FILES = List.of("list.csv", "datapackage.json");

    private final Path root;
    private final List<TreeFile> files;

    private OpenDataTree(Path root, List<TreeFile> files) {
        this.root = root;
        this.files = List.copyOf(files);
    }

    /** The tree under {@code <output>/opendata/}; a missing or empty tree is a setup error (exit 2). */
    public static OpenDataTree of(Path output) {
        Path root = output.resolve("opendata");
        if (!Files.isDirectory(root)) {
            throw new PublishSetupException(Messages.text("publish.noTree", root));
        }
        List<TreeFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(OpenDataTree::visible).toList()) {
                if (Files.isDirectory(entry)) {
                    String dataset = entry.getFileName().toString();
                    try (Stream<Path> inner = Files.list(entry)) {
                        inner.filter(OpenDataTree::visible).filter(Files::isRegularFile)
                                .forEach(file -> files.add(new TreeFile(dataset + "/" + file.getFileName(), file,
                                        kindInDataset(file.getFileName().toString()), dataset)));
                    }
                } else if (Files.isRegularFile(entry)) {
                    String name = entry.getFileName().toString();
                    files.add(new TreeFile(name, entry,
                            PUBLISHER_FILES.contains(name) ? TreeFile.Kind.PUBLISHER : TreeFile.Kind.OTHER, ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(PUBLICATION_ORDER);
        OpenDataTree tree = new OpenDataTree(root, files);
        if (tree.datasets().isEmpty()) {
            throw new PublishSetupException(Messages.text("publish.noTree", root));
        }
        return tree;
    }

    /** {@code <output>/opendata/}. */
    public Path root() {
        return root;
    }

    /** Every file in publication order. */
    public List<TreeFile> files() {
        return files;
    }

    /** The files of one dataset folder in publication order. */
    public List<TreeFile> files(String dataset) {
        return files.stream().filter(f -> f.dataset().equals(dataset)).toList();
    }

    /** The dataset folders (those with a passport), by name. */
    public List<String> datasets() {
        return files.stream().filter(f -> f.kind() == TreeFile.Kind.META).map(TreeFile::dataset).toList();
    }

    /** The newest period whose data version every dataset has. */
    public Optional<YearMonth> newestPeriod() {
        return files.stream().filter(f -> f.kind() == TreeFile.Kind.DATA)
                .map(f -> YearMonth.from(DataVersion.parse(f.name()).orElseThrow().asOf()))
                .filter(this::hasPeriod).max(Comparator.naturalOrder());
    }

    /** Whether every dataset has the data version of {@code period}. */
    public boolean hasPeriod(YearMonth period) {
        String name = DataVersion.of(period).fileName();
        return datasets().stream().allMatch(dataset -> Files.isRegularFile(root.resolve(dataset).resolve(name)));
    }

    /** A dataset's passport: the {@code property,value} rows of its meta.csv in file order. */
    public Map<String, String> passport(String dataset) {
        Map<String, String> passport = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(root.resolve(dataset).resolve(META), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (record.size() >= 2) {
                    passport.put(record.get(0), record.get(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passport;
    }

    private static TreeFile.Kind kindInDataset(String name) {
        if (name.equals(META)) {
            return TreeFile.Kind.META;
        }
        if (DataVersion.parse(name).isPresent()) {
            return TreeFile.Kind.DATA;
        }
        return name.startsWith("structure-") && name.endsWith(".csv") ? TreeFile.Kind.STRUCTURE : TreeFile.Kind.OTHER;
    }

    private static boolean visible(Path path) {
        return !path.getFileName().toString().startsWith(".");
    }

    /** Files before passports before the publisher's files; within a phase by dataset, kind and name. */
    private static final Comparator<TreeFile> PUBLICATION_ORDER = Comparator
            .comparingInt((TreeFile f) -> switch (f.kind()) {
                case DATA, STRUCTURE, OTHER -> 0;
                case META -> 1;
                case PUBLISHER -> 2;
            })
            .thenComparing(TreeFile::dataset)
            .thenComparing(TreeFile::kind)
            .thenComparingInt(f -> PUBLISHER_FILES.indexOf(f.name()))
            .thenComparing(TreeFile::name);
}
