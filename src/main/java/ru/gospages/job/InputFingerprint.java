package ru.gospages.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionFiles;

/**
 * A fingerprint of a period's input folder: the names, sizes and modification times of its
 * submission files. Changed input makes a new job instance; identical input lets a failed run be
 * restarted where it stopped.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(Path folder) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SubmissionFile file : SubmissionFiles.list(folder)) {
                String line = file.name() + "\t" + Files.size(file.path()) + "\t" + Files.getLastModifiedTime(file.path()).toMillis() + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
