package ru.gospages.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import ru.gospages.problems.Messages;
import ru.gospages.problems.ProblemCode;

/** The checks a format makes before opening a file: empty, bigger than the size limit, and what its first bytes say it is. */
final class FileChecks {

    private static final double MB = 1024.0 * 1024.0;

    private FileChecks() {
    }

    /** Throws F-EMPTY for a 0-byte file and F-TOO-LARGE (size) for one over {@code maxFileBytes}. */
    static void checkSize(Path file, IntakeLimits limits) throws SubmissionException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | SecurityException e) {
            throw FileProblems.failure(e, FileProblems.NO_ACCESS);
        }
        if (size == 0) {
            throw new SubmissionException(ProblemCode.F_EMPTY, Messages.of(ProblemCode.F_EMPTY, null));
        }
        if (size > limits.maxFileBytes()) {
            // rounded up, so that a file just over the limit does not read "200 MB of 200 MB allowed"
            String sizeMb = String.valueOf((long) Math.ceil(size / MB));
            String limitMb = String.valueOf(Math.round(limits.maxFileBytes() / MB));
            throw new SubmissionException(ProblemCode.F_TOO_LARGE,
                    Messages.of(ProblemCode.F_TOO_LARGE, "size", sizeMb, limitMb));
        }
    }

    /** The kind of file its first bytes show (OLE2, zip, HTML, bare BIFF…), whatever its extension says. */
    static FileMagic magic(Path file) throws SubmissionException {
        try {
            return FileMagic.valueOf(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw FileProblems.failure(e, FileProblems.NO_ACCESS);
        }
    }
}
