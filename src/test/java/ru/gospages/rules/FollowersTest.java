package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12345|12345",
            "0|0",
            "12 345|12345",
            "12\u00A0345|12345",
            "12\u2009345|12345",
            "12\u202F345|12345",
            "1 234 567|1234567",
            " 987 |987"})
    void wholeNumberWithOrWithoutSpacedDigitGroupsIsRead(String cell, long expected) {
        assertThat(Followers.parse(cell)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "12.5", "12,5", "12345.0", "12,345", "1 2345", "12 34", "около 100", "100+", "1e3",
            "99999999999999999999", ""})
    void valueThatIsNotANonNegativeWholeNumberIsDropped(String cell) {
        assertThat(Followers.parse(cell)).isEmpty();
    }
}
