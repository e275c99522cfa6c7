package ru.gospages.rules;

import ru.gospages.text.CellText;

/** Checks an INN (ИНН) cell: 10 digits for an organisation, 12 for an individual, with check digits. */
public final class Inn {

    private static final int[] WEIGHTS_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] WEIGHTS_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] WEIGHTS_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Inn() {
    }

    /**
     * Checks a non-blank cell. Spaces between digits are ignored. A 9- or 11-digit value is tried with a
     * leading zero, because Excel drops it when an INN is stored as a number; if the padded form fails
     * too, the value is reported as of the wrong length, since that is what the sender sees in the cell.
     */
    public static InnCheck check(String raw) {
        String written = CellText.clean(raw);
        String digits = written.replace(" ", "");
        if (!Digits.all(digits)) {
            return new InnCheck(InnCheck.Outcome.WRONG_LENGTH, written, digits);
        }
        if (digits.length() == 10 || digits.length() == 12) {
            InnCheck.Outcome outcome = checksumHolds(digits) ? InnCheck.Outcome.VALID : InnCheck.Outcome.WRONG_CHECKSUM;
            return new InnCheck(outcome, written, digits);
        }
        if ((digits.length() == 9 || digits.length() == 11) && checksumHolds("0" + digits)) {
            return new InnCheck(InnCheck.Outcome.PADDED, written, "0" + digits);
        }
        return new InnCheck(InnCheck.Outcome.WRONG_LENGTH, written, digits);
    }

    private static boolean checksumHolds(String digits) {
        if (digits.length() == 10) {
            return checkDigit(digits, WEIGHTS_10) == digit(digits, 9);
        }
        return checkDigit(digits, WEIGHTS_11) == digit(digits, 10) && checkDigit(digits, WEIGHTS_12) == digit(digits, 11);
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
