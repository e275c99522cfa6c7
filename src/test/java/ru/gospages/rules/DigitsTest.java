package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.gospages.testing.RandomTexts;

class DigitsTest {

    @Test
    void allDigitsMeansAsciiDigitsOnlyAndAtLeastOne() {
        assertThat(Digits.all("8601010390")).isTrue();
        assertThat(Digits.all("0")).isTrue();
        assertThat(Digits.all("")).isFalse();
        assertThat(Digits.all("86 01")).isFalse();
        assertThat(Digits.all("٨٦")).isFalse(); // Arabic-Indic digits are no INN
    }

    @Test
    void groupedDigitsAreThreeAfterTheFirstGroup() {
        assertThat(Digits.grouped("12 345")).isTrue();
        assertThat(Digits.grouped("1 234 567")).isTrue();
        assertThat(Digits.grouped("12345")).isFalse();
        assertThat(Digits.grouped("1234 567")).isFalse();
        assertThat(Digits.grouped("12 34")).isFalse();
        assertThat(Digits.grouped("12  345")).isFalse();
        assertThat(Digits.grouped(" 345")).isFalse();
    }

    @Test
    void agreeWithTheRegularExpressionsTheyReplaceForRandomText() {
        Pattern all = Pattern.compile("[0-9]+");
        Pattern grouped = Pattern.compile("[0-9]{1,3}(?: [0-9]{3})+");
        RandomTexts.forEach("0123456789   a٣", 13, 200_000, 3, input -> {
            assertThat(Digits.all(input)).as("«%s»", input).isEqualTo(all.matcher(input).matches());
            assertThat(Digits.grouped(input)).as("«%s»", input).isEqualTo(grouped.matcher(input).matches());
        });
    }
}
