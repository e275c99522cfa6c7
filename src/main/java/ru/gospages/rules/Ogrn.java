package ru.gospages.rules;

import ru.gospages.text.CellText;

/**
 * Checks an OGRN (ОГРН, 13 digits, first digit 1 or 5) or OGRNIP (ОГРНИП, 15 digits, first digit
 * 3 or 4) cell. The OGRNIP check digit is the last digit of the remainder mod 13, as the registry
 * computes it; python-stdnum's newer rule without that last step wrongly rejects remainders 10–12.
 */
public final class Ogrn {

    private Ogrn() {
    }

    /** Checks a non-blank cell; spaces between digits are ignored. */
    public static OgrnCheck check(String raw) {
        String written = CellText.clean(raw);
        String digits = written.replace(" ", "");
        if (!Digits.all(digits) || (digits.length() != 13 && digits.length() != 15)) {
            return new OgrnCheck(OgrnCheck.Outcome.WRONG_LENGTH, written, digits);
        }
        boolean individual = digits.length() == 15;
        if ((individual ? "34" : "15").indexOf(digits.charAt(0)) < 0) {
            return new OgrnCheck(OgrnCheck.Outcome.WRONG_PREFIX, written, digits);
        }
        // 14 digits exceed int; a long holds them
        long number = Long.parseLong(digits.substring(0, digits.length() - 1));
        long check = (individual ? number % 13 : number % 11) % 10;
        boolean holds = check == digits.charAt(digits.length() - 1) - '0';
        return new OgrnCheck(holds ? OgrnCheck.Outcome.VALID : OgrnCheck.Outcome.WRONG_CHECKSUM, written, digits);
    }
}
