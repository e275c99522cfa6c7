package ru.gospages.job;

import java.nio.file.Path;
import java.time.YearMonth;

/** What a run is asked to do: the period, the folder of its submissions and the output root (SPEC 3). */
public record RunRequest(YearMonth period, Path input, Path output) {
}
