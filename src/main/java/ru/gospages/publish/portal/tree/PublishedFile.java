package ru.gospages.publish.portal.tree;

/**
 * What a publish did with one file of the tree: its path in the tree, its SHA-256 and size, whether
 * it was sent or already there with the same bytes, and where it is now (a path in the static folder
 * or the zip, or a CKAN resource id).
 */
public record PublishedFile(String path, String sha256, long bytes, Action action, String remote) {

    public enum Action {
        /** written, uploaded or replaced by this publish */
        SENT,
        /** already there with the same bytes: not sent again */
        SAME,
        /** not sent: the portal holds another version that gospages never overwrites */
        KEPT
    }
}
