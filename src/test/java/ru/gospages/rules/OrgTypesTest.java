package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.TestProfiles;

class OrgTypesTest {

    private final OrgTypes orgTypes = new OrgTypes(TestProfiles.standard().orgTypes());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Государственный орган|Государственный орган",
            "  государственный   ОРГАН |Государственный орган",
            "ОИВ|Государственный орган",
            "ОМСУ|Орган местного самоуправления",
            "Администрация|Орган местного самоуправления",
            "МБУ|Подведомственная организация",
            "казённое учреждение|Подведомственная организация",
            "Суд|Суд",
            "прочее|Иное"})
    void canonicalNameOrSynonymGivesTheCanonicalName(String cell, String expected) {
        assertThat(orgTypes.match(cell)).contains(expected);
    }

    @Test
    void blankCellMeansOtherWithoutAProblem() {
        assertThat(orgTypes.match("")).contains("Иное");
        assertThat(orgTypes.match(" \u00A0")).contains("Иное");
    }

    @Test
    void unknownTypeGivesNothingAndIsStoredAsOther() {
        assertThat(orgTypes.match("Некоммерческая организация")).isEmpty();
        assertThat(orgTypes.canonicalOrOther("Некоммерческая организация")).isEqualTo("Иное");
    }

    @Test
    void listNamesEveryTypeForMessages() {
        assertThat(orgTypes.list()).isEqualTo("Государственный орган, Орган местного самоуправления, "
                + "Подведомственная организация, Суд, Иное");
    }

    @Test
    void otherIsTheLastTypeWhenTheProfileHasNoInoe() {
        OrgTypes custom = new OrgTypes(List.of(new JobProfile.OrgType("Орган", List.of()),
                new JobProfile.OrgType("Прочие", List.of())));

        assertThat(custom.otherName()).isEqualTo("Прочие");
    }

    @Test
    void synonymOfTwoTypesIsAProfileError() {
        List<JobProfile.OrgType> types = List.of(new JobProfile.OrgType("Суд", List.of("орган")),
                new JobProfile.OrgType("Государственный орган", List.of("Орган")));

        assertThatThrownBy(() -> new OrgTypes(types)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Орган");
    }
}
