package ru.gospages.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The share verified: 100 × part / whole, rounded half up to one decimal; none when the whole is 0. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code null} when {@code whole} is 0 (an empty cell in CSV, {@code null} in JSON). */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        // exact division to 10 places first, so 86.25 rounds to 86.3 and never half-even
        return HUNDRED.multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
