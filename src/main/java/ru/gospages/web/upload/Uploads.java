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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;
import ru.gospages.check.CheckResult;
import ru.gospages.check.SubmissionCheck;
import ru.gospages.intake.SubmissionFile;

/**
 * The staging area: each upload in a folder of its own under the staging root, its files under
 * server-chosen folders ({@code 1/}, {@code 2/}) under their sanitised names ({@link FileNames}), checked
 * together, and an {@value UploadManifest#FILE} saying who sent what. The newest {@value #KEPT} uploads
 * are kept in memory with their check; older ones are deleted, so the staging area does not grow. After
 * a restart an upload is found again from its folder: its files are checked again (the same check, so the
 * same problems, unless the profile or the directory changed meanwhile).
 */
public class Uploads {

    static final int KEPT = 500;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{24}");

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
        String id = newId();
        Path folder = root.resolve(id);
        UploadManifest manifest = store(folder, account, oktmo, period, received);
        StagedUpload upload = checked(id, folder, manifest);
        manifest.write(folder);
        keep(upload);
        return upload;
    }

    /** For the API: stores and checks the files, then deletes them; nothing is kept. */
    public StagedUpload checkOnce(String account, List<Received> received) {
        String id = newId();
        Path folder = root.resolve(id);
        try {
            return checked(id, folder, store(folder, account, "", "", received));
        } finally {
            FileSystemUtils.deleteRecursively(folder.toFile());
        }
    }

    /** Copies the files into the upload's folder and says what it holds; nothing is left of a failed copy. */
    private UploadManifest store(Path folder, String account, String oktmo, String period, List<Received> received) {
        try {
            Files.createDirectories(folder);
            List<UploadManifest.File> files = new ArrayList<>();
            for (int i = 0; i < received.size(); i++) {
                Received file = received.get(i);
                String extension = FileNames.extension(file.name());
                // a folder per file, named by the server; inside, the sanitised name, because a CSV
                // file's sheet is named after its file and must read as in `check`
                String own = Integer.toString(i + 1);
                Path stored = Files.createDirectories(folder.resolve(own))
                        .resolve(FileNames.sanitise(file.name()).orElse((i + 1) + (extension.isEmpty() ? "" : "." + extension)));
                String sha256 = copy(file, stored);
                files.add(new UploadManifest.File(file.name(), folder.relativize(stored).toString(), Files.size(stored), sha256));
            }
            return new UploadManifest(account, oktmo, period, clock.instant(), files);
        } catch (IOException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the stored files of an upload together: at upload, and again after a restart. */
    private StagedUpload checked(String id, Path folder, UploadManifest manifest) {
        List<SubmissionFile> files = manifest.files().stream()
                .map(f -> new SubmissionFile(folder.resolve(f.stored()), f.sentName())).toList();
        CheckResult result = check.check(files);
        List<StagedFile> staged = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            UploadManifest.File file = manifest.files().get(i);
            staged.add(new StagedFile(i, file.sentName(), files.get(i).path(), file.size(), file.sha256(), result.files().get(i)));
        }
        return new StagedUpload(id, manifest.account(), manifest.oktmo(), manifest.period(), manifest.created(), staged);
    }

    /**
     * Tidies the staging area at start: deletes what is not a complete upload (no manifest: a start that
     * stopped half-way, an API check's leftovers) and all but the newest {@value #KEPT} uploads.
     */
    public void tidy() {
        try {
            Files.createDirectories(root);
            List<UploadManifest.Found> complete = new ArrayList<>();
            try (var folders = Files.list(root)) {
                for (Path folder : folders.toList()) {
                    Optional<UploadManifest> manifest = ID.matcher(folder.getFileName().toString()).matches()
                            ? UploadManifest.read(folder) : Optional.empty();
                    if (manifest.isPresent()) {
                        complete.add(new UploadManifest.Found(folder, manifest.get()));
                    } else {
                        FileSystemUtils.deleteRecursively(folder);
                    }
                }
            }
            complete.sort(Comparator.comparing((UploadManifest.Found f) -> f.manifest().created()).reversed());
            for (UploadManifest.Found old : complete.subList(Math.min(KEPT, complete.size()), complete.size())) {
                FileSystemUtils.deleteRecursively(old.folder());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload of an id: from memory, else from its folder (after a restart), checked again. */
    public Optional<StagedUpload> find(String id) {
        synchronized (this) {
            StagedUpload known = uploads.get(id);
            if (known != null || !ID.matcher(id).matches()) {
                return Optional.ofNullable(known);
            }
        }
        Path folder = root.resolve(id);
        return UploadManifest.read(folder).map(manifest -> keepUnlessKnown(checked(id, folder, manifest)));
    }

    /** An upload checked again after a restart, unless another request restored it meanwhile. */
    private synchronized StagedUpload keepUnlessKnown(StagedUpload upload) {
        StagedUpload known = uploads.get(upload.id());
        if (known != null) {
            return known;
        }
        keep(upload);
        return upload;
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
