package ru.gospages.job;

import java.nio.file.Path;
import ru.gospages.publish.summary.Summary;

/**
 * What a completed run published: its job execution, the summary of SPEC 8 (the figures of
 * {@code summary.json}) and the two folders its files are in.
 */
public record RunResult(long executionId, Summary summary, Path periodFolder, Path openDataFolder) {
}
