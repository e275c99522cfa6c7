package ru.gospages.check;

import java.util.List;
import ru.gospages.problems.Severity;

/** The result of checking files together, one {@link FileCheck} per file in the order given. */
public record CheckResult(List<FileCheck> files) {

    public CheckResult {
        files = List.copyOf(files);
    }

    public long count(Severity severity) {
        return files.stream().mapToLong(f -> f.count(severity)).sum();
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    public long rejectedFiles() {
        return files.stream().filter(FileCheck::isRejected).count();
    }

    /** Files that were read to the end (not rejected as a whole). */
    public long readableFiles() {
        return files.size() - rejectedFiles();
    }

    public int read() {
        return files.stream().mapToInt(FileCheck::read).sum();
    }

    public int accepted() {
        return files.stream().mapToInt(FileCheck::accepted).sum();
    }

    public int exempt() {
        return files.stream().mapToInt(FileCheck::exempt).sum();
    }
}
