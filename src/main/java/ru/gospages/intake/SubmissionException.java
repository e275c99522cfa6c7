package ru.gospages.intake;

import ru.gospages.problems.ProblemCode;

/**
 * A submission file cannot be used as a whole: it carries the file problem code (F-…) and the
 * Russian message for the sender.
 */
public class SubmissionException extends Exception {

    private final ProblemCode code;

    public SubmissionException(ProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    public SubmissionException(ProblemCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ProblemCode code() {
        return code;
    }
}
