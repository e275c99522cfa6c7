package ru.gospages.figures;

import java.math.BigDecimal;

/** Pages and verified pages of some group, with the share verified. */
public record Count(long pages, long verified) {

    /** 100 × verified / pages rounded half up to one decimal; {@code null} without pages. */
    public BigDecimal verifiedPercent() {
        return Percent.of(verified, pages);
    }
}
