package ru.gospages.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;

class JobProfileTest {

    @Test
    void shippedProfileBindsPlatformsColumnsAndVocabulary() {
        JobProfile profile = TestProfiles.standard();

        assertThat(profile.platforms()).extracting(Platform::code).containsExactly("vk", "ok");
        assertThat(profile.requiredPlatforms()).hasSize(2);
        assertThat(profile.columns()).containsKeys(ColumnKey.values());
        assertThat(profile.columns().get(ColumnKey.MUNICIPALITY).synonyms()).contains("Город, район");
        assertThat(profile.yesNo().positive()).contains("да", "+", "1", "yes", "true");
        assertThat(profile.carryOverMonths()).isEqualTo(3);
        assertThat(profile.limits().headerSearchRows()).isEqualTo(30);
        assertThat(profile.severity(ProblemCode.R_OGRN_INVALID)).isEqualTo(Severity.WARNING);
        assertThat(profile.platform("vk").orElseThrow().hosts()).startsWith("vk.com").contains("vk.ru");
    }
}
