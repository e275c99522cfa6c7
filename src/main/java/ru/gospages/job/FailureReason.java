package ru.gospages.job;

/** The reason a person can act on of a failure: the innermost message of its exception chain. */
public final class FailureReason {

    private FailureReason() {
    }

    public static String of(Throwable e) {
        Throwable cause = e;
        String message = e.getMessage();
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
