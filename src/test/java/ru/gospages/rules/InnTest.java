package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.gospages.problems.ProblemCode;

class InnTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567894", "123456789047", "7707083893", "8614008550", "8601010390", "0108003670",
            "7709442668", "005826107187"})
    void innWithCorrectCheckDigitsIsValid(String inn) {
        InnCheck check = Inn.check(inn);

        assertThat(check.outcome()).isEqualTo(InnCheck.Outcome.VALID);
        assertThat(check.inn()).contains(inn);
        assertThat(check.problemCode()).isEmpty();
        assertThat(check.message()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567895", "123456789037", "8601010391"})
    void innWithWrongCheckDigitIsRejectedAsChecksumFailure(String inn) {
        InnCheck check = Inn.check(inn);

        assertThat(check.outcome()).isEqualTo(InnCheck.Outcome.WRONG_CHECKSUM);
        assertThat(check.accepted()).isFalse();
        assertThat(check.inn()).isEmpty();
        assertThat(check.problemCode()).contains(ProblemCode.R_INN_INVALID);
    }

    @Test
    void checksumMessageNamesTheInn() {
        assertThat(Inn.check("8601010391").message())
                .contains("ИНН 8601010391 не проходит проверку контрольной суммы: проверьте цифры");
    }

    @Test
    void innThatLostItsLeadingZeroIsAcceptedWithWarning() {
        InnCheck check = Inn.check("108003670");

        assertThat(check.outcome()).isEqualTo(InnCheck.Outcome.PADDED);
        assertThat(check.accepted()).isTrue();
        assertThat(check.inn()).contains("0108003670");
        assertThat(check.problemCode()).contains(ProblemCode.R_INN_PADDED);
        assertThat(check.message().orElseThrow()).contains("108003670", "принят как 0108003670");
    }

    @Test
    void twelveDigitInnThatLostALeadingZeroIsAcceptedWithWarning() {
        InnCheck check = Inn.check("05826107187");

        assertThat(check.outcome()).isEqualTo(InnCheck.Outcome.PADDED);
        assertThat(check.inn()).contains("005826107187");
    }

    @Test
    void nineDigitsWhosePaddedFormFailsTheChecksumAreOfWrongLength() {
        InnCheck check = Inn.check("108003671");

        assertThat(check.outcome()).isEqualTo(InnCheck.Outcome.WRONG_LENGTH);
        assertThat(check.problemCode()).contains(ProblemCode.R_INN_INVALID);
    }

    @Test
    void spacesBetweenDigitsAreIgnored() {
        assertThat(Inn.check(" 86 01 010\u00A0390 ").inn()).contains("8601010390");
    }

    @ParameterizedTest
    @ValueSource(strings = {"86010103", "86010103901", "8601O10390", "ИНН 8601010390", "86-01-010390", "8601010390.0"})
    void valueThatIsNotTenOrTwelveDigitsIsRejectedAsWrongLength(String value) {
        InnCheck check = Inn.check(value);

        assertThat(check.outcome()).isEqualTo(InnCheck.Outcome.WRONG_LENGTH);
        assertThat(check.problemCode()).contains(ProblemCode.R_INN_INVALID);
        assertThat(check.message().orElseThrow()).startsWith("ИНН «" + value + "» должен состоять из 10 цифр");
    }
}
