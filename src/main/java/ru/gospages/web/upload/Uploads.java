package ru.gospages.web.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;
import ru.gospages.check.CheckResult;
import ru.gospages.check.SubmissionCheck;
import ru.gospages.intake.SubmissionFile;

/**
 * The staging area: each upload in a folder of its own under the staging root, its files under
 * server-chosen folders ({@code 1/}, {@code 2/}) under their sanitised names ({@link FileNames}), checked
 * together. The newest {@value #KEPT} uploads are kept (in memory with their
 * check, on disk with their files); older ones are deleted, so the staging area does not grow.
 */
public class Uploads {

    static final int KEPT = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final SubmissionCheck check;
    private final Clock clock;
    private final Map<String, StagedUpload> uploads = new LinkedHashMap<>();

    public Uploads(Path root, SubmissionCheck check, Clock clock) {
        this.root = root;
        this.check = check;
        this.clock = clock;
    }

    /** One file as received: the name sent and its bytes. */
    public interface Received {
        String name();

        InputStream open() throws IOException;

        static Received of(MultipartFile file) {
            return new Received() {
                @Override
                public String name() {
                    return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                }

                @Override
                public InputStream open() throws IOException {
                    return file.getInputStream();
                }
            };
        }
    }

    /** Stores the files, checks them together and keeps the result for the result page and the hand-in. */
    public StagedUpload stage(String account, String oktmo, String period, List<Received> received) {
        StagedUpload upload = checkFiles(account, oktmo, period, received);
        keep(upload);
        return upload;
    }

    /** For the API: stores and checks the files, then deletes them; nothing is kept. */
    public StagedUpload checkOnce(String account, List<Received> received) {
        StagedUpload upload = checkFiles(account, "", "", received);
        FileSystemUtils.deleteRecursively(root.resolve(upload.id()).toFile());
        return upload;
    }

    private StagedUpload checkFiles(String account, String oktmo, String period, List<Received> received) {
        String id = newId();
        Path folder = root.resolve(id);
        try {
            Files.createDirectories(folder);
            List<SubmissionFile> files = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < received.size(); i++) {
                Received file = received.get(i);
                String extension = FileNames.extension(file.name());
                // a folder per file, named by the server; inside, the sanitised name, because a CSV
                // file's sheet is named after its file and must read as in `check`
                Path own = Files.createDirectories(folder.resolve(Integer.toString(i + 1)));
                Path stored = own.resolve(FileNames.sanitise(file.name()).orElse((i + 1) + (extension.isEmpty() ? "" : "." + extension)));
                hashes.add(copy(file, stored));
                sizes.add(Files.size(stored));
                files.add(new SubmissionFile(stored, file.name()));
            }
            CheckResult result = check.check(files);
            List<StagedFile> staged = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                staged.add(new StagedFile(i, received.get(i).name(), files.get(i).path(), sizes.get(i), hashes.get(i),
                        result.files().get(i)));
            }
            return new StagedUpload(id, account, oktmo, period, clock.instant(), staged);
        } catch (IOException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the staging area: uploads of an earlier start have no check in memory any more. */
    public void clear() {
        try {
            FileSystemUtils.deleteRecursively(root);
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized Optional<StagedUpload> find(String id) {
        return Optional.ofNullable(uploads.get(id));
    }

    private synchronized void keep(StagedUpload upload) {
        uploads.put(upload.id(), upload);
        while (uploads.size() > KEPT) {
            String oldest = uploads.keySet().iterator().next();
            uploads.remove(oldest);
            FileSystemUtils.deleteRecursively(root.resolve(oldest).toFile());
        }
    }

    /** Copies while hashing: the SHA-256 of the audit trail is of the bytes stored. */
    private static String copy(Received file, Path target) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(file.open(), digest); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
