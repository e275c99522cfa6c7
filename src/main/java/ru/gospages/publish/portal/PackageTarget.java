package ru.gospages.publish.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ru.gospages.publish.portal.tree.Delivery;
import ru.gospages.publish.portal.tree.OpenDataTree;
import ru.gospages.publish.portal.tree.Target;
import ru.gospages.publish.portal.tree.TreeFile;

/**
 * {@code --target=package}: {@code <output>/publish/opendata-<period>.zip} for a portal operator who
 * loads the files by hand (SPEC 11): {@code README.txt} (Russian), {@code SHA256SUMS} (the
 * {@code sha256sum -c} format) and the tree under {@code opendata/} in publication order. Every
 * entry carries the as-of date of the period as its time and no extra fields, so the same tree gives
 * the same bytes; a zip that is already there with those bytes is left alone.
 */
public final class PackageTarget implements Target {

    static final String TREE_FOLDER = "opendata/";

    private final Path zip;

    public PackageTarget(Path output, YearMonth period) {
        this.zip = zipOf(output, period);
    }

    /** The zip of a period under an output root. */
    public static Path zipOf(Path output, YearMonth period) {
        return output.resolve("publish").resolve("opendata-" + period + ".zip");
    }

    @Override
    public String destination() {
        return zip.toString();
    }

    @Override
    public void publish(OpenDataTree tree, YearMonth period, Delivery delivery) throws IOException {
        Files.createDirectories(zip.getParent());
        Map<TreeFile, String> digests = new LinkedHashMap<>();
        StringBuilder sums = new StringBuilder();
        for (TreeFile file : tree.files()) {
            String sha256 = file.sha256();
            digests.put(file, sha256);
            sums.append(sha256).append("  ").append(TREE_FOLDER).append(file.path()).append('\n');
        }
        Path part = zip.resolveSibling("." + zip.getFileName() + ".part");
        LocalDateTime time = period.atEndOfMonth().atStartOfDay();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(part))) {
            entry(out, "README.txt", time, PackageReadme.text(tree, period).getBytes(StandardCharsets.UTF_8));
            entry(out, "SHA256SUMS", time, sums.toString().getBytes(StandardCharsets.UTF_8));
            for (TreeFile file : tree.files()) {
                ZipEntry entry = new ZipEntry(TREE_FOLDER + file.path());
                entry.setTimeLocal(time);
                out.putNextEntry(entry);
                Files.copy(file.file(), out);
                out.closeEntry();
            }
        }
        boolean same = Files.isRegularFile(zip) && Files.mismatch(part, zip) == -1;
        if (same) {
            Files.delete(part);
        } else {
            Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        digests.forEach((file, sha256) -> {
            String remote = TREE_FOLDER + file.path();
            if (same) {
                delivery.same(file, sha256, remote);
            } else {
                delivery.sent(file, sha256, remote);
            }
        });
    }

    private static void entry(ZipOutputStream out, String name, LocalDateTime time, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }
}
