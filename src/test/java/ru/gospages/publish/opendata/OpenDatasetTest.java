package ru.gospages.publish.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.gospages.figures.PlatformFigures;
import ru.gospages.publish.PublicationFixtures;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.ColumnType;
import ru.gospages.publish.files.Table;
import ru.gospages.publish.opendata.OpenDataset.Description;

/** One definition per dataset: a column without its description, or the reverse, cannot be built. */
class OpenDatasetTest {

    private static final Table<String> TABLE = Table.of("Проба",
            Column.text("name", "Имя", 10, s -> s),
            Column.integer("length", "Длина", 10, s -> java.util.OptionalLong.of(s.length())));

    @Test
    void aColumnWithoutDescriptionIsRefused() {
        assertThatThrownBy(() -> new OpenDataset<>("probe", TABLE, List.of(new Description("name", "Name", "Имя")),
                List.of("name"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    }

    @Test
    void descriptionsInAnotherOrderThanTheColumnsAreRefused() {
        assertThatThrownBy(() -> new OpenDataset<>("probe", TABLE, List.of(new Description("length", "Length", "Длина"),
                new Description("name", "Name", "Имя")), List.of("name"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrimaryKeyOutsideTheColumnsIsRefused() {
        assertThatThrownBy(() -> new OpenDataset<>("probe", TABLE, List.of(new Description("name", "Name", "Имя"),
                new Description("length", "Length", "Длина")), List.of("id"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fieldsTakeNameTypeAndTitleFromTheColumnAndTextsFromTheDescription() {
        OpenDataset<String> dataset = new OpenDataset<>("probe", TABLE, List.of(new Description("name", "Name", "Имя"),
                new Description("length", "Length in characters", "Длина в символах")), List.of("name"));

        assertThat(dataset.fields()).containsExactly(
                new OpenDataField("name", ColumnType.TEXT, "Имя", "Name", "Имя"),
                new OpenDataField("length", ColumnType.INTEGER, "Длина", "Length in characters", "Длина в символах"));
    }

    @Test
    void eachColumnTypeHasAStructureFormatAndASchemaType() {
        assertThat(List.of(ColumnType.values())).extracting(type -> new OpenDataField("f", type, "", "", ""))
                .extracting(OpenDataField::structureFormat, OpenDataField::schemaType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("string", "string"),
                        org.assertj.core.groups.Tuple.tuple("integer", "integer"),
                        org.assertj.core.groups.Tuple.tuple("float", "number"),
                        org.assertj.core.groups.Tuple.tuple("boolean", "boolean"),
                        org.assertj.core.groups.Tuple.tuple("string", "string"));
        assertThat(new OpenDataField("f", ColumnType.URL, "", "", "").schemaFormat()).contains("uri");
    }

    @Test
    void theRegistryDatasetIsTheRegistryTableTheWorkbookIsWrittenFrom() {
        OpenDataset<?> dataset = OfficialPagesDataset.definition(PublicationFixtures.figures().total().byPlatform());

        assertThat(dataset.table()).isSameAs(RegistryTable.table());
        assertThat(dataset.fields()).extracting(OpenDataField::name).isEqualTo(RegistryTable.table().names());
        assertThat(dataset.fields().get(1).russian()).contains("vk — ВКонтакте", "ok — Одноклассники");
    }

    @Test
    void verificationColumnsFollowThePlatformsOfTheFigures() {
        OpenDataset<?> dataset = VerificationTable.dataset(List.of(
                new PlatformFigures("tg", "Telegram", new ru.gospages.figures.Count(0, 0))));

        assertThat(dataset.table().names()).containsExactly("oktmo", "municipality", "pages", "verified",
                "verified_percent", "pages_tg", "verified_tg", "verified_percent_tg", "organizations",
                "compliant_organizations");
    }
}
