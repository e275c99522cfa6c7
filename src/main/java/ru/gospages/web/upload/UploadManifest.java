package ru.gospages.web.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an upload's folder holds, written beside its files ({@value #FILE}) so that the upload is found
 * again after a restart: who sent it, for which municipality and period, when, and each file's name as
 * sent, where it is stored (relative to the folder), its size and SHA-256. The check itself is not
 * stored: it is run again.
 */
record UploadManifest(String account, String oktmo, String period, Instant created, List<File> files) {

    static final String FILE = "upload.json";
    private static final Logger log = LoggerFactory.getLogger(UploadManifest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One file of the upload. */
    record File(String sentName, String stored, long size, String sha256) {
    }

    /** A manifest and the folder it was read from. */
    record Found(Path folder, UploadManifest manifest) {
    }

    UploadManifest {
        files = List.copyOf(files);
    }

    /** Written under a temporary name and renamed: a folder has a whole manifest or none. */
    void write(Path folder) {
        try {
            Path temporary = folder.resolve(FILE + ".tmp");
            JSON.writeValue(temporary.toFile(), this);
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(new IOException("upload manifest not written in " + folder, e));
        }
    }

    /** The folder's manifest; empty when there is none or it is not ours (a stored path outside the folder). */
    static Optional<UploadManifest> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            UploadManifest manifest = JSON.readValue(file.toFile(), UploadManifest.class);
            Path root = folder.normalize();
            boolean inside = manifest.files().stream().allMatch(f -> {
                Path stored = root.resolve(f.stored()).normalize();
                return stored.startsWith(root) && !stored.equals(root) && Files.isRegularFile(stored);
            });
            return inside ? Optional.of(manifest) : Optional.empty();
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("upload manifest {} unreadable: {}", file, e.toString());
            return Optional.empty();
        }
    }
}
