package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.gospages.profile.ColumnKey;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.profile.TestProfiles;
import ru.gospages.rules.PageKeys;

class HeaderLocatorTest {

    final JobProfile profile = TestProfiles.standard();
    final HeaderLocator locator = new HeaderLocator(new HeaderMatcher(profile.columns(), PageKeys.of(profile)::platformByWord));

    @Test
    void headerBelowTitleRowsIsFoundAndTitlesAreIgnored() {
        SheetLayout layout = locator.locate(rows(
                List.of("Реестр официальных страниц"),
                List.of("по состоянию на 30.11.2022"),
                List.of("№ п/п", "Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка"))).orElseThrow();

        assertThat(layout.headerRow()).isEqualTo(3);
        assertThat(layout.columns()).containsEntry(ColumnKey.ORGANIZATION, 1).containsEntry(ColumnKey.INN, 2)
                .containsEntry(ColumnKey.MUNICIPALITY, 3);
        assertThat(layout.pages()).singleElement().satisfies(page -> {
            assertThat(page.url()).isEqualTo(4);
            assertThat(page.verified()).hasValue(5);
            assertThat(page.platform()).isEmpty();
        });
        assertThat(layout.isWide()).isFalse();
    }

    @Test
    void headerCellsDifferingInCaseYoSpacesLineBreaksDashesAndTrailingStarOrColonAreRecognised() {
        SheetLayout layout = locator.locate(rows(List.of(
                "НАИМЕНОВАНИЕ\nОРГАНИЗАЦИИ*", "ИНН:", "Муниципальное  образование", "Ссылка на\u00A0страницу*", "Наличие госмётки"))).orElseThrow();

        assertThat(layout.columns()).containsKeys(ColumnKey.ORGANIZATION, ColumnKey.INN, ColumnKey.MUNICIPALITY);
        assertThat(layout.pages().get(0).verified()).hasValue(4);
    }

    @Test
    void wideShapeHasOneUrlAndVerificationColumnPerPlatformInAnyOrder() {
        SheetLayout layout = locator.locate(rows(List.of("Госметка ОК", "ИНН", "Ссылка на страницу в Одноклассниках",
                "Организация", "Ссылка на страницу ВКонтакте", "Госметка ВК (да/нет)", "МО"))).orElseThrow();

        assertThat(layout.isWide()).isTrue();
        assertThat(layout.pages()).extracting(p -> p.platform().map(Platform::code).orElse("?"), PageColumns::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ok", 2), org.assertj.core.groups.Tuple.tuple("vk", 4));
        assertThat(layout.pages().get(0).verified()).hasValue(0);
        assertThat(layout.pages().get(1).verified()).hasValue(5);
    }

    @Test
    void mergedTwoRowHeaderOverPlatformSubHeadersIsCombined() {
        // «Ссылка на страницу» merged over two columns: its text is only in the first; others merged vertically
        SheetLayout layout = locator.locate(rows(
                List.of("Наименование организации", "ИНН", "МО", "Ссылка на страницу", "", "Госметка", ""),
                List.of("", "", "", "ВКонтакте", "Одноклассники", "ВК", "ОК"))).orElseThrow();

        assertThat(layout.headerRow()).isEqualTo(2);
        assertThat(layout.pages()).extracting(p -> p.platform().orElseThrow().code()).containsExactly("vk", "ok");
        assertThat(layout.pages()).extracting(p -> p.verified().getAsInt()).containsExactly(5, 6);
        assertThat(layout.columns()).containsEntry(ColumnKey.INN, 1);
    }

    @Test
    void rowWithUrlButFewerThanTwoOtherKnownColumnsIsNoHeader() {
        assertThat(locator.locate(rows(List.of("Ссылка", "Примечание", "ИНН")))).isEmpty();
        assertThat(locator.locate(rows(List.of("Наименование организации", "ИНН", "МО")))).isEmpty();
    }

    @Test
    void singleRowHeaderIsNotSpoiledByTheFirstDataRowBelowIt() {
        SheetLayout layout = locator.locate(rows(
                List.of("Наименование организации", "ИНН", "МО", "Ссылка на страницу", "Госметка"),
                List.of("Администрация", "8601010390", "Сургут", "https://vk.com/adm", "да"))).orElseThrow();

        assertThat(layout.headerRow()).isEqualTo(1);
    }

    @Test
    void unknownColumnsAreIgnored() {
        SheetLayout layout = locator.locate(rows(List.of("№", "Учредитель", "Организация", "ИНН", "Сфера", "URL", "Верификация"))).orElseThrow();

        assertThat(layout.columns()).containsOnlyKeys(ColumnKey.ORGANIZATION, ColumnKey.INN);
        assertThat(layout.pages().get(0).url()).isEqualTo(5);
    }

    private static List<RawRow> rows(List<?>... rows) {
        List<RawRow> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new RawRow(i + 1, rows[i].stream().map(Object::toString).toArray(String[]::new)));
        }
        return list;
    }
}
