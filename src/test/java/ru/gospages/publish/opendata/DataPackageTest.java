package ru.gospages.publish.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.gospages.publish.PublicationFixtures.DECEMBER;
import static ru.gospages.publish.PublicationFixtures.NOVEMBER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.publish.OpenDataFiles;
import ru.gospages.publish.PublicationFixtures;
import ru.gospages.publish.files.OutputBatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code datapackage.json} read back with a JSON parser and checked against the files it describes
 * and against the structure files: both come from one definition and must say the same.
 */
class DataPackageTest {

    private static final Map<String, String> SCHEMA_TYPE_OF_STRUCTURE_FORMAT = Map.of(
            "string", "string", "integer", "integer", "float", "number", "boolean", "boolean", "date", "date");

    @TempDir
    Path root;

    @Test
    void packageIsAFrictionlessV2DescriptorOfTheNewestDataFiles() throws IOException {
        publish(NOVEMBER);
        publish(DECEMBER);

        JsonNode root = readPackage();
        assertThat(root.get("$schema").stringValue()).isEqualTo("https://datapackage.org/profiles/2.0/datapackage.json");
        assertThat(root.get("name").stringValue()).isEqualTo("8601010390-opendata");
        assertThat(root.get("resources")).hasSize(2);
        JsonNode pages = root.get("resources").get(0);
        assertThat(pages.get("name").stringValue()).isEqualTo("8601010390-officialpages");
        assertThat(pages.get("type").stringValue()).isEqualTo("table");
        assertThat(pages.get("path").stringValue()).isEqualTo("8601010390-officialpages/data-20221231-structure-20221201.csv");
        assertThat(pages.get("title").stringValue()).isEqualTo("Реестр официальных страниц");
        assertThat(pages.get("format").stringValue()).isEqualTo("csv");
        assertThat(pages.get("mediatype").stringValue()).isEqualTo("text/csv");
        assertThat(pages.get("encoding").stringValue()).isEqualTo("utf-8");
        assertThat(root.get("resources").get(1).get("path").stringValue())
                .isEqualTo("8601010390-verification/data-20221231-structure-20221201.csv");
    }

    @Test
    void bytesAndHashAreThoseOfTheFileThePathNames() throws IOException {
        publish(DECEMBER);

        for (JsonNode resource : readPackage().get("resources")) {
            Path file = this.root.resolve("opendata").resolve(resource.get("path").stringValue());
            assertThat(resource.get("bytes").longValue()).isEqualTo(Files.size(file));
            assertThat(resource.get("hash").stringValue()).isEqualTo("sha256:" + sha256(file));
        }
    }

    @Test
    void afterARerunOfAnEarlierPeriodThePackageStillDescribesTheNewestFile() throws IOException {
        publish(DECEMBER);
        publish(NOVEMBER);

        JsonNode pages = readPackage().get("resources").get(0);
        Path december = root.resolve("opendata/8601010390-officialpages/data-20221231-structure-20221201.csv");
        assertThat(pages.get("path").stringValue()).endsWith("data-20221231-structure-20221201.csv");
        assertThat(pages.get("hash").stringValue()).isEqualTo("sha256:" + sha256(december));
    }

    @Test
    void schemaFieldsAreTheStructureFileRowsAndTheDataFileHeaderInOrder() throws IOException {
        publish(DECEMBER);

        for (JsonNode resource : readPackage().get("resources")) {
            Path data = root.resolve("opendata").resolve(resource.get("path").stringValue());
            List<List<String>> structure = OpenDataFiles.read(data.resolveSibling("structure-20221201.csv"));
            JsonNode fields = resource.get("schema").get("fields");

            assertThat(structure.get(0)).containsExactly("field name", "english description", "russian description", "format");
            List<List<String>> rows = structure.subList(1, structure.size());
            assertThat(rows.stream().map(row -> row.get(0)).toList()).isEqualTo(OpenDataFiles.read(data).get(0));
            assertThat(fields).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                JsonNode field = fields.get(i);
                assertThat(row.get(3)).isIn("string", "integer", "float", "boolean", "date");
                assertThat(row.get(1)).as("english description of %s", row.get(0)).isNotBlank();
                assertThat(field.get("name").stringValue()).isEqualTo(row.get(0));
                assertThat(field.get("type").stringValue()).isEqualTo(SCHEMA_TYPE_OF_STRUCTURE_FORMAT.get(row.get(3)));
                assertThat(field.get("description").stringValue()).isEqualTo(row.get(2));
            }
        }
    }

    @Test
    void schemasNameTheirPrimaryKeysAndTypes() throws IOException {
        publish(DECEMBER);

        JsonNode resources = readPackage().get("resources");
        JsonNode pages = resources.get(0).get("schema");
        JsonNode figures = resources.get(1).get("schema");
        assertThat(pages.get("$schema").stringValue()).isEqualTo("https://datapackage.org/profiles/2.0/tableschema.json");
        assertThat(pages.get("primaryKey").get(0).stringValue()).isEqualTo("page_url");
        assertThat(figures.get("primaryKey").get(0).stringValue()).isEqualTo("oktmo");
        assertThat(field(pages, "page_url").get("format").stringValue()).isEqualTo("uri");
        assertThat(field(pages, "verified").get("type").stringValue()).isEqualTo("boolean");
        assertThat(field(pages, "followers").get("type").stringValue()).isEqualTo("integer");
        assertThat(field(pages, "inn").get("type").stringValue()).isEqualTo("string");
        assertThat(field(figures, "verified_percent_ok").get("type").stringValue()).isEqualTo("number");
        assertThat(pages.get("missingValues").get(0).stringValue()).isEmpty();
    }

    @Test
    void theSameFilesGiveTheSameBytes() throws IOException {
        publish(DECEMBER);
        byte[] first = Files.readAllBytes(root.resolve("opendata/datapackage.json"));
        publish(DECEMBER);

        assertThat(root.resolve("opendata/datapackage.json")).hasBinaryContent(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
    }

    private void publish(java.time.YearMonth period) throws IOException {
        try (OutputBatch batch = new OutputBatch()) {
            new OpenDataBundle(OpenDataFiles.passport()).write(batch, root, period,
                    PublicationFixtures.registry(period.toString()).iterator(), PublicationFixtures.figures());
            batch.commitAll();
        }
    }

    private JsonNode readPackage() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(root.resolve("opendata/datapackage.json")));
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode field : schema.get("fields")) {
            if (field.get("name").stringValue().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
