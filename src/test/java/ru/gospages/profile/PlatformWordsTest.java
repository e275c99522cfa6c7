package ru.gospages.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformWordsTest {

    @Test
    void declinedFormsDifferOnlyInTheLastTwoLettersOfLongWords() {
        assertThat(PlatformWords.sameWord("одноклассники", "одноклассниках")).isTrue();
        assertThat(PlatformWords.sameWord("телеграм", "телеграмме")).isTrue();
        assertThat(PlatformWords.sameWord("вконтакте", "вконтактовский")).isFalse();
        assertThat(PlatformWords.sameWord("ок", "око")).isFalse();
    }
}
