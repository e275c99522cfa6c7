package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.TestProfiles;

class YesNoTest {

    private final YesNo yesNo = new YesNo(TestProfiles.standard().yesNo());

    @ParameterizedTest
    @ValueSource(strings = {"да", "есть", "+", "1", "true", "yes", "✓", "✔", "TRUE", "Да", "ДА", " да ", "\u00A0Есть\u00A0", "Yes"})
    void positiveWordsMeanVerified(String cell) {
        assertThat(yesNo.parse(cell)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"нет", "отсутствует", "-", "0", "false", "no", "FALSE", "Нет", " НЕТ ", "Отсутствует", "–", "No"})
    void negativeWordsMeanNotVerified(String cell) {
        assertThat(yesNo.parse(cell)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"может быть", "да/нет", "2", "1.0", "проверяется"})
    void unknownWordIsNotUnderstood(String cell) {
        assertThat(yesNo.parse(cell)).isEmpty();
    }

    @Test
    void excelBooleansAreUnderstoodEvenWhenTheProfileOmitsThem() {
        YesNo russianOnly = new YesNo(new JobProfile.YesNo(List.of("да"), List.of("нет")));

        assertThat(russianOnly.parse("TRUE")).contains(true);
        assertThat(russianOnly.parse("FALSE")).contains(false);
    }

    @Test
    void wordThatIsBothYesAndNoIsAProfileError() {
        JobProfile.YesNo contradictory = new JobProfile.YesNo(List.of("да", "Есть"), List.of("нет", "есть"));

        assertThatThrownBy(() -> new YesNo(contradictory))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("есть");
    }
}
