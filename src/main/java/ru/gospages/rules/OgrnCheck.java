package ru.gospages.rules;

import java.util.Optional;
import ru.gospages.problems.Messages;
import ru.gospages.problems.ProblemCode;

/**
 * The outcome of {@link Ogrn#check}: {@code written} is the cell as the sender wrote it (cleaned),
 * {@code digits} the number without spaces.
 */
public record OgrnCheck(Outcome outcome, String written, String digits) {

    /** Why an OGRN was accepted or rejected. */
    public enum Outcome {
        VALID, WRONG_LENGTH, WRONG_PREFIX, WRONG_CHECKSUM
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    /** The 13-digit OGRN or 15-digit OGRNIP when valid; an invalid value is dropped by the caller. */
    public Optional<String> ogrn() {
        return valid() ? Optional.of(digits) : Optional.empty();
    }

    /** True for a valid 15-digit OGRNIP (an individual entrepreneur). */
    public boolean individual() {
        return valid() && digits.length() == 15;
    }

    /** The Russian message of {@code R-OGRN-INVALID}, or empty for a valid number. */
    public Optional<String> message() {
        return switch (outcome) {
            case VALID -> Optional.empty();
            case WRONG_LENGTH -> Optional.of(Messages.of(ProblemCode.R_OGRN_INVALID, "length", written));
            case WRONG_PREFIX -> Optional.of(Messages.of(ProblemCode.R_OGRN_INVALID, "prefix", digits, digits.substring(0, 1)));
            case WRONG_CHECKSUM -> Optional.of(Messages.of(ProblemCode.R_OGRN_INVALID, "checksum", digits));
        };
    }
}
