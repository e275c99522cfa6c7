package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OgrnTest {

    @ParameterizedTest
    @ValueSource(strings = {"1022200525819", "1022500001325", "1027739552642", "1022300000502", "1026605606620",
            "5077746725964", "1027700132195"})
    void ogrnWithCorrectCheckDigitIsValid(String ogrn) {
        OgrnCheck check = Ogrn.check(ogrn);

        assertThat(check.valid()).isTrue();
        assertThat(check.ogrn()).contains(ogrn);
        assertThat(check.individual()).isFalse();
        assertThat(check.message()).isEmpty();
    }

    @Test
    void ogrnWhoseRemainderIsTenHasCheckDigitZero() {
        assertThat(Ogrn.check("1028600000000").valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"385768585948949", "309565808600188"})
    void ogrnipWithCorrectCheckDigitIsValid(String ogrnip) {
        OgrnCheck check = Ogrn.check(ogrnip);

        assertThat(check.valid()).isTrue();
        assertThat(check.individual()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"304867200000060", "304867200000071", "304867200000082"})
    void ogrnipWhoseRemainderIsTenOrMoreTakesTheLastDigitOfTheRemainder(String ogrnip) {
        assertThat(Ogrn.check(ogrnip).valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1022500001328", "385768585948948"})
    void numberWithWrongCheckDigitIsRejectedAsChecksumFailure(String number) {
        OgrnCheck check = Ogrn.check(number);

        assertThat(check.outcome()).isEqualTo(OgrnCheck.Outcome.WRONG_CHECKSUM);
        assertThat(check.ogrn()).isEmpty();
        assertThat(check.message()).contains(
                "ОГРН " + number + " не проходит проверку контрольной суммы; значение не сохранено");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10277395526422", "102773955264", "1027739552б42", "ОГРН 1027739552642"})
    void valueThatIsNotThirteenOrFifteenDigitsIsRejectedAsWrongLength(String value) {
        OgrnCheck check = Ogrn.check(value);

        assertThat(check.outcome()).isEqualTo(OgrnCheck.Outcome.WRONG_LENGTH);
        assertThat(check.message().orElseThrow()).startsWith("ОГРН «" + value + "» должен состоять из 13 цифр");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0022500001325", "2022500001325", "3022500001325", "185768585948949", "585768585948949"})
    void numberWithAFirstDigitNoOgrnHasIsRejected(String value) {
        OgrnCheck check = Ogrn.check(value);

        assertThat(check.outcome()).isEqualTo(OgrnCheck.Outcome.WRONG_PREFIX);
        assertThat(check.valid()).isFalse();
        assertThat(check.message().orElseThrow()).contains("не может начинаться с цифры " + value.charAt(0));
    }

    @Test
    void spacesBetweenDigitsAreIgnored() {
        assertThat(Ogrn.check("1 02 7700 132195").ogrn()).contains("1027700132195");
    }
}
