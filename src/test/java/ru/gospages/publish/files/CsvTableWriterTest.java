package ru.gospages.publish.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.publish.ChangeTable;
import ru.gospages.publish.ProblemTable;
import ru.gospages.publish.PublishFixtures;
import ru.gospages.publish.opendata.RegistryTable;
import ru.gospages.registry.PageChange;
import ru.gospages.registry.RegistryPage;

class CsvTableWriterTest {

    @TempDir
    Path dir;

    private final CsvTableWriter writer = new CsvTableWriter();

    @Test
    void registryHeaderIsTheColumnNamesOfSpec7() throws IOException {
        Path file = dir.resolve("registry.csv");
        writer.write(RegistryTable.table(), List.of(), file);

        assertThat(Files.readString(file)).isEqualTo("page_url,platform,organization,inn,ogrn,org_type,"
                + "municipality,oktmo,verified,followers,last_reported,carried_over\r\n");
    }

    @Test
    void registryRowCarriesEveryValueOfThePage() throws IOException {
        Path file = dir.resolve("registry.csv");
        long written = writer.write(RegistryTable.table(), List.of(PublishFixtures.surgutPage()), file);

        assertThat(written).isEqualTo(1);
        assertThat(parse(file).get(1).toList()).containsExactly("https://vk.com/adm_surgut", "vk",
                "Администрация города Сургута", "8602020249", "1028600603525", "Орган местного самоуправления",
                "город Сургут", "71876000", "true", "12345", "2022-11", "false");
    }

    @Test
    void commasQuotesAndLineBreaksInOrganisationNamesSurviveParsingBack() throws IOException {
        List<String> names = List.of("МКУ «Центр», г. Сургут", "ООО \"Ромашка\"", "Школа № 1\r\nкорпус 2", "Лицей\nN 3");
        List<RegistryPage> pages = names.stream()
                .map(name -> PublishFixtures.page("https://ok.ru/x", name, "8602020249", OptionalLong.of(1)))
                .toList();
        Path file = dir.resolve("registry.csv");
        writer.write(RegistryTable.table(), pages, file);

        List<CSVRecord> records = parse(file);
        assertThat(records).hasSize(5);
        assertThat(records.subList(1, 5)).extracting(r -> r.get(2)).containsExactlyElementsOf(names);
        assertThat(Files.readString(file)).contains(",\"ООО \"\"Ромашка\"\"\",");
    }

    @Test
    void linesEndWithCrlfAndFileHasNoByteOrderMark() throws IOException {
        Path file = dir.resolve("registry.csv");
        writer.write(RegistryTable.table(), List.of(PublishFixtures.surgutPage(), PublishFixtures.surgutPage()), file);

        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(bytes[0]).isEqualTo((byte) 'p'); // no EF BB BF in front of page_url
        assertThat(text.split("\r\n", -1)).hasSize(4).endsWith("");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void absentFollowersAreAnEmptyFieldAndBooleansAreTrueFalse() throws IOException {
        Path file = dir.resolve("registry.csv");
        writer.write(RegistryTable.table(),
                List.of(PublishFixtures.page("https://ok.ru/x", "Школа", "8602020249", OptionalLong.empty())), file);

        CSVRecord row = parse(file).get(1);
        assertThat(row.get(9)).isEmpty();
        assertThat(row.get(8)).isEqualTo("false");
        assertThat(row.get(11)).isEqualTo("true");
        assertThat(Files.readString(file)).contains(",false,,2022-09,true\r\n");
    }

    @Test
    void decimalsKeepTheirDecimalAndAbsentDecimalIsEmpty() throws IOException {
        Table<BigDecimal> table = Table.of("Доли", Column.decimal("percent", "Доля", 8, value -> value));
        Path file = dir.resolve("percent.csv");
        writer.write(table, Arrays.asList(new BigDecimal("91.0"), new BigDecimal("100.0"), null), file);

        assertThat(Files.readString(file)).isEqualTo("percent\r\n91.0\r\n100.0\r\n\"\"\r\n");
    }

    @Test
    void formulaLikeTextIsWrittenUnchangedBecauseOpenDataKeepsTheTrueValue() throws IOException {
        Path file = dir.resolve("problems.csv");
        writer.write(ProblemTable.table(), List.of(PublishFixtures.rowProblem("=1+2", "ИНН «=1+2» неверен")), file);

        assertThat(parse(file).get(1).get(4)).isEqualTo("=1+2");
    }

    @Test
    void problemOfAWholeFileHasAnEmptyRowAndCodeAndSeverityAsWritten() throws IOException {
        Path file = dir.resolve("problems.csv");
        writer.write(ProblemTable.table(), List.of(PublishFixtures.fileProblem(),
                PublishFixtures.rowProblem("8601010391", "ИНН 8601010391 не проходит проверку")), file);

        List<CSVRecord> records = parse(file);
        assertThat(records.get(0).toList())
                .containsExactly("file", "sheet", "row", "column", "value", "code", "severity", "message");
        assertThat(records.get(1).toList()).containsExactly("old.doc", "", "", "", "", "F-UNSUPPORTED-FORMAT",
                "error", "Формат файла «old.doc» не поддерживается");
        assertThat(records.get(2).toList()).containsExactly("МО Сургут/реестр.xlsx", "Лист1", "7", "C",
                "8601010391", "R-INN-INVALID", "error", "ИНН 8601010391 не проходит проверку");
    }

    @Test
    void changesWithoutAnEarlierRunAreOnlyTheHeader() throws IOException {
        Path file = dir.resolve("changes.csv");
        writer.write(ChangeTable.table(), List.<PageChange>of(), file);

        assertThat(Files.readString(file)).isEqualTo("change,page_url,organization,inn,municipality\r\n");
    }

    @Test
    void changeIsWrittenWithItsLowerCaseKind() throws IOException {
        Path file = dir.resolve("changes.csv");
        writer.write(ChangeTable.table(), List.of(new PageChange(PageChange.Kind.UNVERIFIED,
                "https://ok.ru/group/1", "Школа", "8602020249", "город Сургут")), file);

        assertThat(parse(file).get(1).toList())
                .containsExactly("unverified", "https://ok.ru/group/1", "Школа", "8602020249", "город Сургут");
    }

    @Test
    void rowsAreTakenFromAnIteratorOneByOne() throws IOException {
        Path file = dir.resolve("registry.csv");
        long written = writer.write(RegistryTable.table(), PublishFixtures.generatedPages(1000), file);

        assertThat(written).isEqualTo(1000);
        assertThat(parse(file)).hasSize(1001);
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get()) {
            return parser.getRecords();
        }
    }
}
