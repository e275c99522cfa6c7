package ru.gospages.web.upload;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names as sent by a browser, made safe to store (SPEC 10.2): the last path segment only, no
 * {@code ..}, no leading dot or {@code ~$}, no control or reserved characters, at most
 * {@value #MAX_LENGTH} characters with the extension kept.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 120;
    /** The extensions the intake reads (SPEC 4.1). */
    public static final Set<String> ACCEPTED = Set.of("xlsx", "xlsm", "xls", "csv");

    private static final Pattern RESERVED = Pattern.compile("[\\p{Cntrl}<>:\"/\\\\|?*\\u200B-\\u200F\\u2028-\\u202E\\uFEFF]");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    private FileNames() {
    }

    /** The name to store a handed-in file under; empty when nothing usable is left of it. */
    public static Optional<String> sanitise(String sent) {
        if (sent == null) {
            return Optional.empty();
        }
        String name = sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = RESERVED.matcher(name).replaceAll("_").replace("..", "_").strip();
        while (name.startsWith(".") || name.startsWith("~$") || name.startsWith("~") || name.startsWith(" ")) {
            name = name.substring(1);
        }
        String extension = extension(name);
        String base = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
        base = base.strip();
        while (base.endsWith(".")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.isEmpty()) {
            return Optional.empty();
        }
        int room = MAX_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
        if (base.length() > room) {
            base = base.substring(0, room).strip();
        }
        return Optional.of(extension.isEmpty() ? base : base + "." + extension);
    }

    /** The lower-case extension if it is a plain one ({@code xlsx}, {@code csv}, …), else "". */
    public static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return "";
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(extension).matches() ? extension : "";
    }

    public static boolean isAccepted(String name) {
        return ACCEPTED.contains(extension(name));
    }
}
