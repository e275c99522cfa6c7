package ru.gospages.publish.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.gospages.publish.ChangeTable;
import ru.gospages.publish.ProblemTable;
import ru.gospages.publish.opendata.RegistryTable;

class TablesTest {

    @Test
    void registryColumnsAreThoseOfSpec7InOrder() {
        assertThat(RegistryTable.table().names()).containsExactly("page_url", "platform", "organization", "inn", "ogrn",
                "org_type", "municipality", "oktmo", "verified", "followers", "last_reported", "carried_over");
    }

    @Test
    void problemColumnsAreThoseOfSpec7InOrder() {
        assertThat(ProblemTable.table().names())
                .containsExactly("file", "sheet", "row", "column", "value", "code", "severity", "message");
        assertThat(ProblemTable.table().titles()).containsExactly("Файл", "Лист", "Строка", "Столбец", "Значение",
                "Код", "Важность", "Что исправить");
    }

    @Test
    void changeColumnsAreThoseOfSpec7InOrder() {
        assertThat(ChangeTable.table().names()).containsExactly("change", "page_url", "organization", "inn", "municipality");
    }

    @Test
    void identifiersAreTextSoLeadingZerosSurvive() {
        assertThat(RegistryTable.table().columns()).filteredOn(c -> c.name().matches("inn|ogrn|oktmo"))
                .extracting(Column::type).containsOnly(ColumnType.TEXT);
    }

    @Test
    void aColumnNameCannotAppearTwice() {
        assertThatThrownBy(() -> Table.<String>of("Лист", Column.text("a", "А", 5, s -> s), Column.text("a", "Б", 5, s -> s)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
    }

    @Test
    void sheetTitleMustFitExcelsThirtyOneCharacters() {
        assertThatThrownBy(() -> Table.<String>of("Ж".repeat(32), Column.text("a", "А", 5, s -> s)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Итоги: 2022", "А/Б", "А\\Б", "Что?", "Все*", "[1]", "'Лист", "Лист'", "Лист\u0001"})
    void sheetTitleCannotHoldWhatExcelRefusesInASheetName(String title) {
        assertThatThrownBy(() -> Table.<String>of(title, Column.text("a", "А", 5, s -> s)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sheetTitleMayHoldSpacesParenthesesAndInnerApostrophes() {
        assertThat(Table.<String>of("Госметка по МО (2) д'Артаньян", Column.text("a", "А", 5, s -> s)).title())
                .isEqualTo("Госметка по МО (2) д'Артаньян");
    }
}
