package ru.gospages.publish.opendata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One version of an open-data set's data file, named {@code data-<as-of>-structure-<sv>.csv} with
 * both dates as {@code YYYYMMDD} (methodical recommendations 3.0): a period's as-of date and the
 * structure version its columns follow.
 */
public record DataVersion(LocalDate asOf, String structureVersion) {

    /** Newest as-of date first, as meta.csv lists the versions; then newest structure first. */
    public static final Comparator<DataVersion> NEWEST_FIRST = Comparator.comparing(DataVersion::asOf)
            .thenComparing(DataVersion::structureVersion).reversed();

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FILE_NAME = Pattern.compile("data-(\\d{8})-structure-(\\d{8})\\.csv");

    /** The version a run of {@code period} writes: its as-of date, the current structure. */
    public static DataVersion of(YearMonth period) {
        return new DataVersion(period.atEndOfMonth(), OpenDataLayout.STRUCTURE_VERSION);
    }

    /** The version a data file's name stands for; empty for any other name (temporary files included). */
    public static Optional<DataVersion> parse(String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            // BASIC_ISO_DATE resolves strictly: 20221332 is no date and so no version
            LocalDate asOf = LocalDate.parse(matcher.group(1), BASIC_DATE);
            LocalDate.parse(matcher.group(2), BASIC_DATE);
            return Optional.of(new DataVersion(asOf, matcher.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The data versions whose files are in {@code folder}, newest first; none when it does not exist yet. */
    public static List<DataVersion> in(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<DataVersion> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> parse(file.getFileName().toString()).ifPresent(versions::add));
        }
        versions.sort(NEWEST_FIRST);
        return versions;
    }

    /** The property of this version in meta.csv: the file name without its extension. */
    public String key() {
        return "data-" + asOf.format(BASIC_DATE) + "-structure-" + structureVersion;
    }

    public String fileName() {
        return key() + ".csv";
    }
}
