package ru.gospages.intake;

import java.nio.file.Path;

/** A submission file to read: where it is, and the name problems and outputs give it (its relative path). */
public record SubmissionFile(Path path, String name) {
}
