package ru.gospages.rules;

import java.util.Optional;
import ru.gospages.problems.Messages;
import ru.gospages.problems.ProblemCode;

/**
 * The outcome of {@link Inn#check}: {@code written} is the cell as the sender wrote it (cleaned),
 * {@code digits} the INN as read — zero-padded when {@link Outcome#PADDED}.
 */
public record InnCheck(Outcome outcome, String written, String digits) {

    /** Why an INN was accepted or rejected. */
    public enum Outcome {
        VALID, PADDED, WRONG_LENGTH, WRONG_CHECKSUM
    }

    /** True when the row may keep this INN (valid, or valid after padding with a warning). */
    public boolean accepted() {
        return outcome == Outcome.VALID || outcome == Outcome.PADDED;
    }

    /** The normalised 10- or 12-digit INN when accepted. */
    public Optional<String> inn() {
        return accepted() ? Optional.of(digits) : Optional.empty();
    }

    /** {@code R-INN-PADDED}, {@code R-INN-INVALID}, or empty for a valid INN. */
    public Optional<ProblemCode> problemCode() {
        return switch (outcome) {
            case VALID -> Optional.empty();
            case PADDED -> Optional.of(ProblemCode.R_INN_PADDED);
            case WRONG_LENGTH, WRONG_CHECKSUM -> Optional.of(ProblemCode.R_INN_INVALID);
        };
    }

    /** The Russian message of the problem, or empty for a valid INN. */
    public Optional<String> message() {
        return switch (outcome) {
            case VALID -> Optional.empty();
            case PADDED -> Optional.of(Messages.of(ProblemCode.R_INN_PADDED, null, digits.substring(1), digits));
            case WRONG_LENGTH -> Optional.of(Messages.of(ProblemCode.R_INN_INVALID, "length", written));
            case WRONG_CHECKSUM -> Optional.of(Messages.of(ProblemCode.R_INN_INVALID, "checksum", digits));
        };
    }
}
