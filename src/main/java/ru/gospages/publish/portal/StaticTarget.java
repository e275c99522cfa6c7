package ru.gospages.publish.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import ru.gospages.problems.Messages;
import ru.gospages.publish.files.AtomicOutput;
import ru.gospages.publish.portal.tree.Delivery;
import ru.gospages.publish.portal.tree.OpenDataTree;
import ru.gospages.publish.portal.tree.PublishSetupException;
import ru.gospages.publish.portal.tree.Target;
import ru.gospages.publish.portal.tree.TreeFile;

/**
 * {@code --target=static}: copies the tree into a folder (a portal's web root or a mounted share) in
 * publication order, each file through a hidden temporary name in its target folder and a rename, so
 * a reader sees every file either as it was or as it is now, and a passport only after its files. A
 * file whose bytes are already there is not rewritten (its time stays, caches stay valid); nothing is
 * deleted from the folder. The folder must exist: a share that is not mounted is not silently
 * replaced by an empty local folder.
 */
public final class StaticTarget implements Target {

    /** Copies a file's bytes to the temporary name; a test puts a crash in here. */
    @FunctionalInterface
    interface Copy {
        void copy(Path source, Path part) throws IOException;
    }

    private final Path dir;
    private final Copy copy;

    public StaticTarget(Path dir) {
        this(dir, (source, part) -> Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING));
    }

    StaticTarget(Path dir, Copy copy) {
        this.dir = dir;
        this.copy = copy;
    }

    @Override
    public String destination() {
        return dir.toString();
    }

    @Override
    public void publish(OpenDataTree tree, YearMonth period, Delivery delivery) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new PublishSetupException(Messages.text("publish.static.noDir", dir));
        }
        if (dir.toAbsolutePath().normalize().startsWith(tree.root().toAbsolutePath().normalize())) {
            throw new PublishSetupException(Messages.text("publish.static.insideTree", dir, tree.root()));
        }
        for (TreeFile file : tree.files()) {
            Path target = dir.resolve(file.path());
            String sha256 = file.sha256();
            if (Files.isRegularFile(target) && Files.mismatch(file.file(), target) == -1) {
                delivery.same(file, sha256, target.toString());
                continue;
            }
            Files.createDirectories(target.getParent());
            Path part = AtomicOutput.partOf(target);
            copy.copy(file.file(), part);
            AtomicOutput.commit(part, target);
            delivery.sent(file, sha256, target.toString());
        }
    }
}
