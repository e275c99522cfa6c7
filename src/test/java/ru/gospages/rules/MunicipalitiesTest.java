package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalitiesTest {

    private static final Municipalities REFERENCE = Municipalities.load(Path.of("jobs/reference/municipalities.csv"));

    @Test
    void referenceListsTheRegionalLevelThenThirteenCitiesThenNineDistricts() {
        assertThat(REFERENCE.all()).hasSize(23);
        assertThat(REFERENCE.all().get(0).kind()).isEqualTo(Municipality.Kind.REGION);
        assertThat(REFERENCE.all().get(0).oktmo()).isEqualTo("71800000");
        assertThat(REFERENCE.all().subList(1, 14)).allMatch(m -> m.kind() == Municipality.Kind.CITY);
        assertThat(REFERENCE.all().subList(14, 23)).allMatch(m -> m.kind() == Municipality.Kind.DISTRICT);
        assertThat(REFERENCE.all()).extracting(Municipality::order).isSorted();
        assertThat(REFERENCE.all().subList(1, 14)).extracting(Municipality::oktmo).isSorted();
        assertThat(REFERENCE.all().subList(14, 23)).extracting(Municipality::oktmo).isSorted();
    }

    @Test
    void everyEntryIsMatchedByItsNameAndEachAlias() {
        for (Municipality entry : REFERENCE.all()) {
            assertThat(REFERENCE.match(entry.name())).contains(entry);
            for (String alias : entry.aliases()) {
                assertThat(REFERENCE.match(alias)).as(alias).contains(entry);
            }
        }
    }

    @Test
    void everyCityIsMatchedByTheUsualSpellings() {
        REFERENCE.all().stream().filter(m -> m.kind() == Municipality.Kind.CITY).forEach(city -> {
            String bare = city.name().substring("город ".length());
            for (String spelling : new String[] {bare, "г. " + bare, "г." + bare, "Г " + bare, "город " + bare,
                    "городской округ " + bare, "городской округ город " + bare, "ГО " + bare, "г.о. " + bare,
                    "МО г. " + bare, "муниципальное образование город " + bare, bare.toUpperCase(),
                    bare + " ХМАО", "г. " + bare + ", ХМАО – Югра", "город " + bare + " Ханты-Мансийского автономного округа – Югры"}) {
                assertThat(REFERENCE.match(spelling)).as(spelling).contains(city);
            }
        });
    }

    @Test
    void everyDistrictIsMatchedByTheUsualSpellings() {
        REFERENCE.all().stream().filter(m -> m.kind() == Municipality.Kind.DISTRICT).forEach(district -> {
            String adjective = district.name().substring(0, district.name().length() - " район".length());
            for (String spelling : new String[] {adjective, adjective + " район", adjective + " р-н", adjective + " р-н.",
                    adjective + " муниципальный район", adjective + " МР", adjective + " район ХМАО",
                    adjective + " район ХМАО-Югры", "МО " + adjective + " район", adjective.toLowerCase()}) {
                assertThat(REFERENCE.match(spelling)).as(spelling).contains(district);
            }
        });
    }

    @Test
    void cityIsNeverTakenForTheDistrictItsNameBegins() {
        assertThat(REFERENCE.match("Сургут").orElseThrow().oktmo()).isEqualTo("71876000");
        assertThat(REFERENCE.match("Сургутский район").orElseThrow().oktmo()).isEqualTo("71826000");
        assertThat(REFERENCE.match("Нефтеюганск").orElseThrow().oktmo()).isEqualTo("71874000");
        assertThat(REFERENCE.match("Нефтеюганский район").orElseThrow().oktmo()).isEqualTo("71818000");
        assertThat(REFERENCE.match("Нижневартовск").orElseThrow().oktmo()).isEqualTo("71875000");
        assertThat(REFERENCE.match("Нижневартовский").orElseThrow().oktmo()).isEqualTo("71819000");
    }

    @Test
    void khantyMansiyskTheDistrictAndTheOkrugAreThreeDifferentEntries() {
        assertThat(REFERENCE.match("Ханты-Мансийск").orElseThrow().oktmo()).isEqualTo("71871000");
        assertThat(REFERENCE.match("г. Ханты-Мансийск").orElseThrow().oktmo()).isEqualTo("71871000");
        assertThat(REFERENCE.match("Ханты-Мансийский район").orElseThrow().oktmo()).isEqualTo("71829000");
        assertThat(REFERENCE.match("Ханты-Мансийский р-н ХМАО-Югры").orElseThrow().oktmo()).isEqualTo("71829000");
        assertThat(REFERENCE.match("ХМАО – Югра").orElseThrow().oktmo()).isEqualTo("71800000");
        assertThat(REFERENCE.match("Ханты-Мансийский автономный округ - Югра").orElseThrow().oktmo()).isEqualTo("71800000");
        assertThat(REFERENCE.match("Ханты-Мансийский автономный округ").orElseThrow().oktmo()).isEqualTo("71800000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ХМАО", "хмао-югра", "ХМАО Югра", "Югра", "Региональный уровень", "региональный",
            "Окружной уровень", "Ханты-Мансийский АО"})
    void regionalLevelIsMatchedByItsShortForms(String cell) {
        assertThat(REFERENCE.match(cell).orElseThrow().kind()).isEqualTo(Municipality.Kind.REGION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Пыть-Ях", "пыть-ях", "Пыть–Ях", "Пыть—Ях", "Пыть - Ях", "Пытьях", "Пыть Ях", "г.Пыть-Ях"})
    void pytYakhIsMatchedWithAnyDashOrNone(String cell) {
        assertThat(REFERENCE.match(cell).orElseThrow().oktmo()).isEqualTo("71885000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Березовский район|71812000",
            "Берёзовский район|71812000",
            "БЕРЕЗОВСКИЙ|71812000",
            "г.Сургут|71876000",
            "городской округ город Сургут|71876000",
            "Сургутский р-н|71826000",
            "Радужный (ХМАО)|71877000",
            "город Покачи|71884000"})
    void commonSpellingsAreMatched(String cell, String oktmo) {
        assertThat(REFERENCE.match(cell).orElseThrow().oktmo()).isEqualTo(oktmo);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Тюмень", "Сургутск", "Сургутский город", "Ханты", "район", "г.", "", "Тюменская область"})
    void unknownPlaceIsNotMatched(String cell) {
        assertThat(REFERENCE.match(cell)).isEmpty();
    }

    @Test
    void entryIsFoundByItsOktmoCode() {
        assertThat(REFERENCE.byOktmo("71876000").orElseThrow().name()).isEqualTo("город Сургут");
        assertThat(REFERENCE.byOktmo("71876001")).isEmpty();
    }

    @Test
    void aliasThatFitsTwoEntriesIsAReferenceError(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("municipalities.csv");
        Files.writeString(csv, "oktmo,name,kind,aliases\n"
                + "71876000,город Сургут,city,Сургут\n"
                + "71826000,Сургутский район,district,Сургутский|г. Сургут\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Municipalities.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("г. Сургут")
                .hasMessageContaining("город Сургут")
                .hasMessageContaining("Сургутский район");
    }

    @Test
    void fileWithBomAndQuotedFieldsIsRead(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("municipalities.csv");
        Files.writeString(csv, "\uFEFFoktmo,name,kind,aliases\n"
                + "71876000,\"город Сургут, Югра\",city,\"Сургут|Сургут, ХМАО\"\n", StandardCharsets.UTF_8);

        Municipalities loaded = Municipalities.load(csv);

        assertThat(loaded.all()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("город Сургут, Югра");
            assertThat(m.aliases()).containsExactly("Сургут", "Сургут, ХМАО");
        });
    }

    @Test
    void rowWithAnUnknownKindIsAReferenceError(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("municipalities.csv");
        Files.writeString(csv, "oktmo,name,kind,aliases\n71876000,город Сургут,town,\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Municipalities.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("строка 1")
                .hasMessageContaining("town");
    }
}
