package ru.gospages.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void twoOfThreeIsSixtySixPointSeven() {
        assertThat(Percent.of(2, 3)).isEqualByComparingTo("66.7");
    }

    @Test
    void oneOfSixteenRoundsHalfUpToSixPointThreeNeverHalfEven() {
        // 6.25 exactly: half-even would give 6.2
        assertThat(Percent.of(1, 16)).isEqualTo(new BigDecimal("6.3"));
    }

    @Test
    void eightySixPointTwentyFiveRoundsUp() {
        assertThat(Percent.of(345, 400)).isEqualTo(new BigDecimal("86.3"));
    }

    @Test
    void allVerifiedIsOneHundredPointZero() {
        assertThat(Percent.of(7, 7)).isEqualTo(new BigDecimal("100.0"));
        assertThat(Percent.of(7, 7).toPlainString()).isEqualTo("100.0");
    }

    @Test
    void noneVerifiedIsZeroPointZero() {
        assertThat(Percent.of(0, 5).toPlainString()).isEqualTo("0.0");
    }

    @Test
    void zeroPagesHasNoPercent() {
        assertThat(Percent.of(0, 0)).isNull();
    }

    @Test
    void yugraExampleIsNinetyOnePointZero() {
        assertThat(Percent.of(1353, 1487).toPlainString()).isEqualTo("91.0");
    }
}
