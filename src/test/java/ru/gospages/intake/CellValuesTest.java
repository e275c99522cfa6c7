package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource({
            "8.60101039E9, 8601010390",
            "8601010390, 8601010390",
            "1.0, 1",
            "100, 100",
            "0.25, 0.25",
            "1.2500, 1.25",
            "-0.0, 0",
            "1E-7, 0.0000001",
            "123456789012, 123456789012",
            "0, 0",
            "007, 7",
            "+42, 42",
            "'٤٢', 42",
            "'  42 ', 42"})
    void numbersComeOutExactWithoutExponentOrTrailingZeros(String stored, String expected) {
        assertThat(CellValues.number(stored)).isEqualTo(expected);
    }

    @Test
    void textThatIsNoNumberStaysAsItIs() {
        assertThat(CellValues.number("NaN")).isEqualTo("NaN");
        assertThat(CellValues.number("12 345")).isEqualTo("12 345");
        assertThat(CellValues.number("1E999999999")).isEqualTo("1E999999999");
    }

    @Test
    void doublesFromHssfUseTheirShortestDecimalForm() {
        assertThat(CellValues.number(8601010390d)).isEqualTo("8601010390");
        assertThat(CellValues.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(CellValues.number(12.5)).isEqualTo("12.5");
        assertThat(CellValues.number(Double.NaN)).isEqualTo("#NUM!");
    }

    @Test
    void datesBecomeIsoDatesAndDateTimesIsoLocalDateTimes() {
        assertThat(CellValues.date(45366, false)).isEqualTo("2024-03-15");
        assertThat(CellValues.date(45366.4375, false)).isEqualTo("2024-03-15T10:30:00");
        assertThat(CellValues.date(0, true)).isEqualTo("1904-01-01");
        assertThat(CellValues.date(-1, false)).isEqualTo("-1");
    }

    @Test
    void aHyperlinkCellWhoseTextIsNoAddressGivesItsTarget() {
        assertThat(CellValues.linkOrText("Страница ВК", "https://vk.com/club1")).isEqualTo("https://vk.com/club1");
        assertThat(CellValues.linkOrText("", "https://vk.com/club1")).isEqualTo("https://vk.com/club1");
    }

    @Test
    void aHyperlinkCellWhoseTextIsAnAddressKeepsItsText() {
        assertThat(CellValues.linkOrText("vk.com/club1", "https://vk.com/club2")).isEqualTo("vk.com/club1");
        assertThat(CellValues.linkOrText("https://ok.ru/group/1", "https://ok.ru/group/1?x")).isEqualTo("https://ok.ru/group/1");
        assertThat(CellValues.linkOrText("Страница ВК", null)).isEqualTo("Страница ВК");
    }

    @Test
    void anAddressHasASchemeOrAHostFollowedByAPath() {
        assertThat(CellValues.looksLikeAddress("http://x")).isTrue();
        assertThat(CellValues.looksLikeAddress("www.vk.com/gov")).isTrue();
        assertThat(CellValues.looksLikeAddress("госуслуги.рф/help")).isTrue();
        assertThat(CellValues.looksLikeAddress("ok.ru")).isFalse();
        assertThat(CellValues.looksLikeAddress("Страница в ВК")).isFalse();
        assertThat(CellValues.looksLikeAddress("а".repeat(100_000))).isFalse();
    }
}
