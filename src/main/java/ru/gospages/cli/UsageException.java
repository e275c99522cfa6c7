package ru.gospages.cli;

/** A command called wrongly (bad period, missing folder): exit 2 with the Russian message. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
