package ru.gospages.publish.opendata;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Where the open-data files of a dataset live under the output root (SPEC 7): the folder
 * {@code opendata/<publisherINN>-<code>/} and the data file {@code data-<as-of>-structure-<sv>.csv}.
 */
public record OpenDataLayout(Path root, String publisherInn) {

    /** The dataset of the registry of official pages. */
    public static final String OFFICIAL_PAGES = "officialpages";
    /** The dataset of the verification figures per municipality. */
    public static final String VERIFICATION = "verification";
    /** The version of the structure of both datasets: the day it was defined. */
    public static final String STRUCTURE_VERSION = "20221201";

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public Path dataset(String code) {
        return root.resolve("opendata").resolve(publisherInn + "-" + code);
    }

    /** The data file of a period: its version is the period's as-of date (the last day of the month). */
    public Path dataFile(String code, YearMonth period) {
        return dataset(code).resolve("data-" + period.atEndOfMonth().format(BASIC_DATE) + "-structure-" + STRUCTURE_VERSION + ".csv");
    }
}
