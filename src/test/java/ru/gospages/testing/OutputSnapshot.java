package ru.gospages.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import ru.gospages.work.StageFolder;

/**
 * The bytes of every file under an output root, as a SHA-256 per relative path, so that two runs'
 * outputs compare with {@code isEqualTo} and a difference names the file. {@code summary.json} is
 * taken without its {@code run} block, the one place that holds the run time. The work folder of a
 * run in progress ({@code .work}) is not output and is left out.
 */
public final class OutputSnapshot {

    private OutputSnapshot() {
    }

    public static Map<String, String> of(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(file -> !isWork(root, file)).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (file.getFileName().toString().equals("summary.json")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    bytes = text.substring(0, text.indexOf("\"run\"")).getBytes(StandardCharsets.UTF_8);
                }
                files.put(root.relativize(file).toString(), sha256(bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static boolean isWork(Path root, Path file) {
        return root.relativize(file).startsWith(StageFolder.WORK);
    }

    /** Temporary files ({@code .name.part}) left under the root. */
    public static long partFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.getFileName().toString().endsWith(".part")).count();
        } catch (IOException e) {
            // a file renamed away while walking: the writer is at work, count it as a part file
            return 1;
        } catch (UncheckedIOException e) {
            return 1;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
