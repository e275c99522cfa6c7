package ru.gospages.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the submission files of a folder, recursively, in input order (SPEC 6.1): sorted by relative
 * path in Unicode code-point order, with '/' as separator. Lock files and hidden names
 * ({@code ~$…}, {@code .~lock…}, {@code .…}) are left out, hidden folders too.
 */
public final class SubmissionFiles {

    /** Code-point order; String.compareTo compares UTF-16 units and differs beyond the BMP. */
    public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private SubmissionFiles() {
    }

    /** Every submission file under {@code folder}, named by its path relative to the folder. */
    public static List<SubmissionFile> list(Path folder) {
        List<SubmissionFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(path -> !isIgnored(folder.relativize(path)))
                    .forEach(path -> files.add(new SubmissionFile(path, relativeName(folder, path))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(SubmissionFile::name, CODE_POINT_ORDER));
        return files;
    }

    /** True for lock files and hidden names, in any segment of the relative path. */
    public static boolean isIgnored(Path relative) {
        for (Path segment : relative) {
            if (SheetFormats.isIgnored(segment)) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
