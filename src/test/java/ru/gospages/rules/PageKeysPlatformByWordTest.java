package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.gospages.profile.Platform;
import ru.gospages.profile.TestProfiles;

class PageKeysPlatformByWordTest {

    private static final PageKeys KEYS = PageKeys.of(TestProfiles.standard());

    @ParameterizedTest
    @ValueSource(strings = {"ВКонтакте", "ВК", "vk", "VK", " вконтакте ", "В Контакте", "Вконтакте:", "vkontakte"})
    void namesOfVkontakteMapToVk(String word) {
        assertThat(KEYS.platformByWord(word)).map(Platform::code).contains("vk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Одноклассники", "в Одноклассниках", "Одноклассниках", "ОК", "ok", "OK", "odnoklassniki"})
    void namesOfOdnoklassnikiIncludingDeclinedOnesMapToOk(String word) {
        assertThat(KEYS.platformByWord(word)).map(Platform::code).contains("ok");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Телеграм", "", "   ", "Сайт", "Контакт", "ВК, ОК", "ВКонтакте и Одноклассники", "одноклас"})
    void unknownOrAmbiguousWordsMapToNothing(String word) {
        assertThat(KEYS.platformByWord(word)).isEmpty();
    }

    @Test
    void nullMapsToNothing() {
        assertThat(KEYS.platformByWord(null)).isEmpty();
    }

    @Test
    void platformsAreThoseOfTheProfileInOrder() {
        assertThat(KEYS.platforms()).extracting(Platform::code).containsExactly("vk", "ok");
    }
}
