package ru.gospages.web.upload;

import java.nio.file.Path;
import ru.gospages.check.FileCheck;

/**
 * One file of an upload: the name as the browser sent it (shown escaped, never used as a path),
 * where it is staged under a server-chosen name, its size and SHA-256, and what the check found.
 */
public record StagedFile(int index, String sentName, Path stored, long size, String sha256, FileCheck check) {

    public boolean hasErrors() {
        return check.isRejected() || check.status() == FileCheck.Status.ERRORS;
    }
}
