package ru.gospages.publish.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.gospages.publish.PublicationFixtures.DECEMBER;
import static ru.gospages.publish.PublicationFixtures.NOVEMBER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.OpenDataFiles;
import ru.gospages.publish.PublicationFixtures;
import ru.gospages.publish.files.OutputBatch;
import ru.gospages.registry.RegistryPage;

/** The open-data tree of SPEC 7 written for periods one after another and read back with commons-csv. */
class OpenDataBundleTest {

    private static final String BASE = "https://data.example.ru/opendata/";

    @TempDir
    Path root;

    private final OpenDataBundle bundle = new OpenDataBundle(OpenDataFiles.passport());

    @Test
    void metaCsvListsThePassportThenEveryDataVersionNewestFirstAndOneStructureRow() throws IOException {
        publish(NOVEMBER, PublicationFixtures.registry("2022-11"));
        publish(DECEMBER, PublicationFixtures.registry("2022-12"));

        assertThat(OpenDataFiles.read(dataset("officialpages").resolve("meta.csv"))).containsExactly(
                List.of("property", "value"),
                List.of("standardversion", "http://opendata.gosmonitor.ru/standard/3.0"),
                List.of("identifier", "8601010390-officialpages"),
                List.of("title", "Реестр официальных страниц"),
                List.of("description", "Страницы органов власти во ВКонтакте и Одноклассниках"),
                List.of("creator", "Департамент цифрового развития"),
                List.of("created", "20221130"),
                List.of("modified", "20221231"),
                List.of("subject", "официальные страницы, госметка"),
                List.of("format", "csv"),
                List.of("provenance", "Ежемесячное обновление: данные на 31.12.2022"),
                // current until the January version replaces it, due on 1 February
                List.of("valid", "20230131"),
                List.of("publishername", "Иванова Мария Сергеевна"),
                List.of("publisherphone", "+73467360000"),
                List.of("publishermbox", "opendata@example.ru"),
                List.of("data-20221231-structure-20221201", BASE + "8601010390-officialpages/data-20221231-structure-20221201.csv"),
                List.of("data-20221130-structure-20221201", BASE + "8601010390-officialpages/data-20221130-structure-20221201.csv"),
                List.of("structure-20221201", BASE + "8601010390-officialpages/structure-20221201.csv"));
    }

    @Test
    void everyFileOfBothDatasetsIsWrittenUnderTheIdentifierFolders() throws IOException {
        publish(DECEMBER, PublicationFixtures.registry("2022-12"));

        for (String code : List.of("officialpages", "verification")) {
            assertThat(dataset(code).resolve("data-20221231-structure-20221201.csv")).isRegularFile();
            assertThat(dataset(code).resolve("structure-20221201.csv")).isRegularFile();
            assertThat(dataset(code).resolve("meta.csv")).isRegularFile();
        }
        assertThat(root.resolve("opendata/list.csv")).isRegularFile();
        assertThat(root.resolve("opendata/datapackage.json")).isRegularFile();
        try (var files = Files.walk(root)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void rerunOfAnEarlierPeriodReplacesOnlyItsOwnVersion() throws IOException {
        publish(NOVEMBER, PublicationFixtures.registry("2022-11"));
        publish(DECEMBER, PublicationFixtures.registry("2022-12"));
        Path november = dataset("officialpages").resolve("data-20221130-structure-20221201.csv");
        Path december = dataset("officialpages").resolve("data-20221231-structure-20221201.csv");
        byte[] decemberBefore = Files.readAllBytes(december);

        publish(NOVEMBER, PublicationFixtures.registry("2022-11").subList(0, 1));

        assertThat(december).hasBinaryContent(decemberBefore);
        assertThat(OpenDataFiles.read(november)).hasSize(2); // header and the one page left
        List<List<String>> meta = OpenDataFiles.read(dataset("officialpages").resolve("meta.csv"));
        assertThat(meta).contains(List.of("created", "20221130"), List.of("modified", "20221231"), List.of("valid", "20230131"));
        assertThat(meta.stream().map(row -> row.get(0)).filter(p -> p.startsWith("data-")))
                .containsExactly("data-20221231-structure-20221201", "data-20221130-structure-20221201");
    }

    @Test
    void theDataFileOfAPeriodIsTheRegistryWithTheSpecColumns() throws IOException {
        publish(DECEMBER, PublicationFixtures.registry("2022-12"));

        List<List<String>> rows = OpenDataFiles.read(dataset("officialpages").resolve("data-20221231-structure-20221201.csv"));
        assertThat(rows.get(0)).containsExactly("page_url", "platform", "organization", "inn", "ogrn", "org_type",
                "municipality", "oktmo", "verified", "followers", "last_reported", "carried_over");
        assertThat(rows.get(2)).containsExactly("https://ok.ru/depzdravugra", "ok", "Департамент здравоохранения Югры",
                "8601990460", "1058601990468", "Государственный орган", PublicationFixtures.REGION, "71800000", "false", "",
                "2022-12", "false");
    }

    @Test
    void verificationDataFileHasOneRowPerMunicipalityAndNoTotalsRow() throws IOException {
        publish(DECEMBER, PublicationFixtures.registry("2022-12"));

        List<List<String>> rows = OpenDataFiles.read(dataset("verification").resolve("data-20221231-structure-20221201.csv"));
        assertThat(rows.get(0)).containsExactly("oktmo", "municipality", "pages", "verified", "verified_percent",
                "pages_vk", "verified_vk", "verified_percent_vk", "pages_ok", "verified_ok", "verified_percent_ok",
                "organizations", "compliant_organizations");
        // the total is the sum of the rows: a totals row would double every sum a reader computes
        assertThat(rows).hasSize(5).extracting(row -> row.get(0))
                .containsExactly("oktmo", "71800000", "71876000", "71812000", "71811000");
        assertThat(rows.get(1)).containsExactly("71800000", PublicationFixtures.REGION, "21", "20", "95.2", "12", "12",
                "100.0", "9", "8", "88.9", "9", "9");
        assertThat(rows.get(4)).containsExactly("71811000", "Белоярский район", "0", "0", "", "0", "0", "", "0", "0", "",
                "0", "0");
    }

    @Test
    void strayFilesInTheFolderAreNoDataVersions() throws IOException {
        Path folder = Files.createDirectories(dataset("officialpages"));
        Files.writeString(folder.resolve(".data-20221031-structure-20221201.csv.part"), "half written");
        Files.writeString(folder.resolve("data-2022-10-31.csv"), "old naming");
        Files.writeString(folder.resolve("data-20221332-structure-20221201.csv"), "no such day");
        Files.writeString(folder.resolve("notes.txt"), "");

        publish(DECEMBER, PublicationFixtures.registry("2022-12"));

        assertThat(OpenDataFiles.read(folder.resolve("meta.csv")).stream().map(row -> row.get(0))
                .filter(p -> p.startsWith("data-") || p.startsWith("structure-")))
                .containsExactly("data-20221231-structure-20221201", "structure-20221201");
    }

    @Test
    void listCsvHasTheStandardVersionThenOneRowPerDataset() throws IOException {
        publish(DECEMBER, PublicationFixtures.registry("2022-12"));

        assertThat(OpenDataFiles.read(root.resolve("opendata/list.csv"))).containsExactly(
                List.of("property", "title", "value", "format"),
                List.of("standardversion", "Версия методических рекомендаций", "http://opendata.gosmonitor.ru/standard/3.0", ""),
                List.of("8601010390-officialpages", "Реестр официальных страниц", BASE + "8601010390-officialpages/meta.csv", "csv"),
                List.of("8601010390-verification", "Доля страниц с госметкой", BASE + "8601010390-verification/meta.csv", "csv"));
    }

    @Test
    void csvFilesAreUtf8WithoutBomWithCrlfLineEnds() throws IOException {
        publish(DECEMBER, PublicationFixtures.registry("2022-12"));

        for (Path file : List.of(dataset("officialpages").resolve("meta.csv"), dataset("verification").resolve("structure-20221201.csv"),
                root.resolve("opendata/list.csv"))) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes[0]).as("no BOM in %s", file).isNotEqualTo((byte) 0xEF);
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).endsWith("\r\n");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        }
    }

    @Test
    void aDatasetWithoutPassportInTheProfileStopsTheBatchWithARussianMessage() {
        OpenDataBundle withoutVerification = new OpenDataBundle(new OpenDataPassport(OpenDataFiles.profile(Map.of(
                "officialpages", new JobProfile.Dataset("Реестр", "Описание", "слова")))));

        assertThatThrownBy(() -> {
            try (OutputBatch batch = new OutputBatch()) {
                withoutVerification.write(batch, root, DECEMBER, PublicationFixtures.registry("2022-12").iterator(),
                        PublicationFixtures.figures());
                batch.commitAll();
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("gospages.opendata.datasets.verification");
        // the batch was discarded: not a single file under its final name
        assertThat(dataset("officialpages").resolve("meta.csv")).doesNotExist();
    }

    private void publish(YearMonth period, List<RegistryPage> registry) throws IOException {
        try (OutputBatch batch = new OutputBatch()) {
            bundle.write(batch, root, period, registry.iterator(), PublicationFixtures.figures());
            batch.commitAll();
        }
    }

    private Path dataset(String code) {
        return root.resolve("opendata").resolve(OpenDataFiles.INN + "-" + code);
    }
}
