package ru.gospages.intake;

import ru.gospages.profile.JobProfile;

/** The limits a reader enforces on one file (SPEC 9): bytes, rows per sheet, zip inflate ratio. */
public record IntakeLimits(long maxFileBytes, int maxRowsPerSheet, double minInflateRatio) {

    public static IntakeLimits of(JobProfile.Limits limits) {
        return new IntakeLimits(limits.maxFileBytes(), limits.maxRowsPerSheet(), limits.minInflateRatio());
    }

    /** The defaults of SPEC 9: 200 MB, 2,000,000 rows per sheet, POI's 0.01 inflate ratio. */
    public static IntakeLimits defaults() {
        return new IntakeLimits(200L * 1024 * 1024, 2_000_000, 0.01);
    }
}
