package ru.gospages.publish.portal.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ru.gospages.problems.Messages;

/**
 * The files of one publish as they are handled, so that a publish failing halfway can still say and
 * record what it published before the failure; every file is also reported to the person watching.
 */
public final class Delivery {

    private final List<PublishedFile> files = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Consumer<String> say;

    public Delivery(Consumer<String> say) {
        this.say = say;
    }

    public void sent(TreeFile file, String sha256, String remote) {
        say.accept(Messages.text("publish.file.sent", file.path(), remote));
        add(new PublishedFile(file.path(), sha256, file.bytes(), PublishedFile.Action.SENT, remote));
    }

    public void same(TreeFile file, String sha256, String remote) {
        add(new PublishedFile(file.path(), sha256, file.bytes(), PublishedFile.Action.SAME, remote));
    }

    /** A file left as the portal holds it, with the reason (a warning: the publish ends with exit 1). */
    public void kept(TreeFile file, String sha256, String remote, String reason) {
        add(new PublishedFile(file.path(), sha256, file.bytes(), PublishedFile.Action.KEPT, remote));
        warnings.add(reason);
        say.accept(reason);
    }

    /** A line for the person watching: what is being done now. */
    public void say(String line) {
        say.accept(line);
    }

    public List<PublishedFile> files() {
        return List.copyOf(files);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public long count(PublishedFile.Action action) {
        return files.stream().filter(f -> f.action() == action).count();
    }

    private void add(PublishedFile file) {
        files.add(file);
    }
}
