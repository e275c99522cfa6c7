package ru.gospages.intake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.gospages.problems.Messages;
import ru.gospages.problems.ProblemCode;

/** The readable formats by file extension (SPEC 4.1), and the names a folder scan passes over. */
public final class SheetFormats {

    private final Map<String, SheetFormat> byExtension = new HashMap<>();

    /** XLSX/XLSM, XLS and CSV. */
    public SheetFormats() {
        this(List.of(new XlsxFormat(), new XlsFormat(), new CsvFormat()));
    }

    public SheetFormats(List<SheetFormat> formats) {
        for (SheetFormat format : formats) {
            for (String extension : format.extensions()) {
                byExtension.put(extension.toLowerCase(Locale.ROOT), format);
            }
        }
    }

    /** The format that reads a file, by its extension in any case; empty for any other file. */
    public Optional<SheetFormat> forFile(Path file) {
        return Optional.ofNullable(byExtension.get(extension(file)));
    }

    /** Opens a file with its format; F-UNSUPPORTED-FORMAT when there is none. */
    public SheetCursor open(Path file, IntakeLimits limits) throws SubmissionException {
        SheetFormat format = forFile(file).orElseThrow(() -> new SubmissionException(ProblemCode.F_UNSUPPORTED_FORMAT,
                Messages.of(ProblemCode.F_UNSUPPORTED_FORMAT, null, shownType(file))));
        return format.open(file, limits);
    }

    /**
     * True for files that are no submission and are passed over without a problem: Office lock
     * files ({@code ~$…}), LibreOffice lock files ({@code .~lock…}) and hidden files ({@code .…}).
     */
    public static boolean isIgnored(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".~lock") || name.startsWith(".");
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shownType(Path file) {
        String extension = extension(file);
        return extension.isEmpty() ? String.valueOf(file.getFileName()) : "." + extension;
    }
}
