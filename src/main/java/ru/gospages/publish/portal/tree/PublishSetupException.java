package ru.gospages.publish.portal.tree;

/**
 * A publish that cannot start: no open-data tree, an unknown target, missing target settings or a
 * missing token. Nothing was sent; the command exits with 2 (SPEC 11).
 */
public class PublishSetupException extends RuntimeException {

    public PublishSetupException(String message) {
        super(message);
    }
}
