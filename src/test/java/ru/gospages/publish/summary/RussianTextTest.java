package ru.gospages.publish.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RussianTextTest {

    @Test
    void nounsAgreeWithTheNumberBeforeThem() {
        assertThat(java.util.stream.LongStream.of(1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1487)
                .mapToObj(n -> RussianText.plural(n, "страница", "страницы", "страниц"))).containsExactly(
                "страница", "страницы", "страницы", "страниц", "страниц", "страниц", "страниц", "страница", "страницы",
                "страниц", "страница", "страниц", "страниц");
    }

    @Test
    void thousandsAreSeparatedByNonBreakingSpaces() {
        assertThat(RussianText.number(7)).isEqualTo("7");
        assertThat(RussianText.number(1487)).isEqualTo("1\u00A0487");
        assertThat(RussianText.number(1_000_000)).isEqualTo("1\u00A0000\u00A0000");
        assertThat(RussianText.counted(1487, "официальная страница", "официальные страницы", "официальных страниц"))
                .isEqualTo("1\u00A0487\u00A0официальных страниц");
    }

    @Test
    void sharesHaveADecimalCommaAndADashWhenAbsent() {
        assertThat(RussianText.percent(new BigDecimal("91.0"))).isEqualTo("91,0\u00A0%");
        assertThat(RussianText.percent(null)).isEqualTo("—");
    }

    @Test
    void monthsAreNamedInTheNominative() {
        assertThat(RussianText.month(YearMonth.of(2022, 12))).isEqualTo("декабрь 2022");
        assertThat(RussianText.month(YearMonth.of(2023, 3))).isEqualTo("март 2023");
    }
}
