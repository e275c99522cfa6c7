package ru.gospages.publish.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.figures.Count;
import ru.gospages.figures.Figures;
import ru.gospages.figures.MunicipalityFigures;
import ru.gospages.figures.PlatformFigures;
import ru.gospages.problems.ProblemCode;
import ru.gospages.registry.PageChange;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class SummaryJsonTest {

    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TempDir
    Path dir;

    private final SummaryJson json = new SummaryJson();

    @Test
    void everyValueOfTheSpecExampleIsWrittenAndReadBack() throws IOException {
        Path file = dir.resolve("summary.json");
        json.write(Summary.of(yugraFigures(), yugraCounts()), file);

        JsonNode root = READER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(root.get("period").stringValue()).isEqualTo("2022-11");
        assertThat(root.get("asOf").stringValue()).isEqualTo("2022-11-30");
        assertThat(root.get("files").get("read").longValue()).isEqualTo(40);
        assertThat(root.get("files").get("rejected").longValue()).isEqualTo(2);
        JsonNode rows = root.get("rows");
        assertThat(List.of(rows.get("read").longValue(), rows.get("accepted").longValue(),
                rows.get("rejected").longValue(), rows.get("duplicates").longValue(), rows.get("exempt").longValue()))
                .containsExactly(1700L, 1620L, 80L, 133L, 0L);
        JsonNode pages = root.get("pages");
        assertThat(pages.get("total").longValue()).isEqualTo(1487);
        assertThat(pages.get("verified").longValue()).isEqualTo(1353);
        assertThat(pages.get("verifiedPercent").decimalValue()).isEqualTo(new BigDecimal("91.0"));
        assertThat(pages.get("carriedOver").longValue()).isEqualTo(0);
        JsonNode vk = root.get("byPlatform").get(0);
        assertThat(vk.get("platform").stringValue()).isEqualTo("vk");
        assertThat(vk.get("pages").longValue()).isEqualTo(900);
        assertThat(vk.get("verified").longValue()).isEqualTo(850);
        assertThat(vk.get("verifiedPercent").decimalValue()).isEqualTo(new BigDecimal("94.4"));
        assertThat(root.get("byPlatform").get(1).get("platform").stringValue()).isEqualTo("ok");
        JsonNode surgut = root.get("byMunicipality").get(1);
        assertThat(surgut.get("oktmo").stringValue()).isEqualTo("71876000");
        assertThat(surgut.get("name").stringValue()).isEqualTo("город Сургут");
        assertThat(surgut.get("pages").longValue()).isEqualTo(120);
        assertThat(surgut.get("verified").longValue()).isEqualTo(110);
        assertThat(surgut.get("verifiedPercent").decimalValue()).isEqualTo(new BigDecimal("91.7"));
        assertThat(surgut.get("organizations").longValue()).isEqualTo(60);
        assertThat(surgut.get("compliantOrganizations").longValue()).isEqualTo(50);
        assertThat(root.get("problems").get("R-INN-INVALID").longValue()).isEqualTo(12);
        assertThat(root.get("problems").get("R-DUPLICATE").longValue()).isEqualTo(133);
        JsonNode changes = root.get("changes");
        assertThat(List.of(changes.get("added").longValue(), changes.get("removed").longValue(),
                changes.get("verified").longValue(), changes.get("unverified").longValue()))
                .containsExactly(3L, 1L, 0L, 2L);
        assertThat(root.get("run").get("startedAt").stringValue()).isEqualTo("2022-12-01T06:00:00Z");
        assertThat(root.get("run").get("seconds").decimalValue()).isEqualTo(new BigDecimal("4.2"));
    }

    @Test
    void fieldsComeInTheOrderOfTheSpecExample() {
        JsonNode root = READER.readTree(json.toJson(Summary.of(yugraFigures(), yugraCounts())));

        assertThat(root.propertyNames()).containsExactly("period", "asOf", "files", "rows", "pages", "byPlatform",
                "byMunicipality", "problems", "changes", "run");
        assertThat(root.get("rows").propertyNames())
                .containsExactly("read", "accepted", "rejected", "duplicates", "exempt");
        assertThat(root.get("pages").propertyNames()).containsExactly("total", "verified", "verifiedPercent", "carriedOver");
        assertThat(root.get("byPlatform").get(0).propertyNames())
                .containsExactly("platform", "pages", "verified", "verifiedPercent");
        assertThat(root.get("byMunicipality").get(0).propertyNames()).containsExactly("oktmo", "name", "pages",
                "verified", "verifiedPercent", "organizations", "compliantOrganizations");
        assertThat(root.get("changes").propertyNames()).containsExactly("added", "removed", "verified", "unverified");
        assertThat(root.get("run").propertyNames()).containsExactly("startedAt", "seconds");
    }

    @Test
    void percentIsAJsonNumberWithOneDecimalEvenWhenWhole() {
        String text = json.toJson(Summary.of(yugraFigures(), yugraCounts()));

        assertThat(text).contains("\"verifiedPercent\": 91.0,").doesNotContain("\"verifiedPercent\": 91,");
    }

    @Test
    void percentIsNullWhenThereAreNoPages() {
        MunicipalityFigures nothing = new MunicipalityFigures("71000000", "Ханты-Мансийский автономный округ – Югра",
                new Count(0, 0), List.of(new PlatformFigures("vk", "ВКонтакте", new Count(0, 0))), 0, 0);
        String text = json.toJson(Summary.of(new Figures(List.of(nothing), nothing), yugraCounts()));

        JsonNode root = READER.readTree(text);
        assertThat(text).contains("\"verifiedPercent\": null");
        assertThat(root.get("pages").get("verifiedPercent").isNull()).isTrue();
        assertThat(root.get("byPlatform").get(0).get("verifiedPercent").isNull()).isTrue();
        assertThat(root.get("byMunicipality").get(0).get("verifiedPercent").isNull()).isTrue();
    }

    @Test
    void problemCodesFollowTheProblemCodeOrderAndCodesThatDidNotOccurAreLeftOut() {
        RunCounts counts = withProblems(Map.of(ProblemCode.R_DUPLICATE, 133L, ProblemCode.F_EMPTY, 1L,
                ProblemCode.R_INN_INVALID, 12L, ProblemCode.R_CONFLICT, 0L));

        JsonNode problems = READER.readTree(json.toJson(Summary.of(yugraFigures(), counts))).get("problems");

        assertThat(problems.propertyNames()).containsExactly("F-EMPTY", "R-INN-INVALID", "R-DUPLICATE");
    }

    @Test
    void runWithoutProblemsHasAnEmptyProblemsObject() {
        String text = json.toJson(Summary.of(yugraFigures(), withProblems(Map.of())));

        assertThat(text).contains("\"problems\": {},");
    }

    @Test
    void runSecondsAreRoundedHalfUpToOneDecimal() {
        RunCounts base = yugraCounts();
        RunCounts slow = new RunCounts(base.period(), base.files(), base.rows(), base.carriedOver(), base.problems(),
                base.changes(), base.startedAt(), Duration.ofMillis(86_250));

        assertThat(Summary.of(yugraFigures(), slow).run().seconds()).isEqualTo(new BigDecimal("86.3"));
    }

    @Test
    void fileIsUtf8WithCyrillicUnescapedIndentedWithLineFeeds() throws IOException {
        Path file = dir.resolve("summary.json");
        json.write(Summary.of(yugraFigures(), yugraCounts()), file);

        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"period\": \"2022-11\",\n  \"asOf\": \"2022-11-30\",\n  \"files\": {\n"
                + "    \"read\": 40,\n").contains("\"name\": \"город Сургут\"").doesNotContain("\r").endsWith("}\n");
    }

    public static Figures yugraFigures() {
        List<PlatformFigures> platforms = List.of(new PlatformFigures("vk", "ВКонтакте", new Count(900, 850)),
                new PlatformFigures("ok", "Одноклассники", new Count(587, 503)));
        MunicipalityFigures region = new MunicipalityFigures("71000000", "Ханты-Мансийский автономный округ – Югра",
                new Count(30, 30), platforms, 15, 15);
        MunicipalityFigures surgut = new MunicipalityFigures("71876000", "город Сургут", new Count(120, 110),
                platforms, 60, 50);
        MunicipalityFigures total = new MunicipalityFigures("", "Всего", new Count(1487, 1353), platforms, 800, 700);
        return new Figures(List.of(region, surgut), total);
    }

    public static RunCounts yugraCounts() {
        return withProblems(Map.of(ProblemCode.R_INN_INVALID, 12L, ProblemCode.R_DUPLICATE, 133L));
    }

    private static RunCounts withProblems(Map<ProblemCode, Long> problems) {
        return new RunCounts(YearMonth.of(2022, 11), new Summary.FileCounts(40, 2),
                new Summary.RowCounts(1700, 1620, 80, 133, 0), 0, problems,
                Summary.ChangeCounts.of(Map.of(PageChange.Kind.ADDED, 3L, PageChange.Kind.REMOVED, 1L,
                        PageChange.Kind.UNVERIFIED, 2L)),
                Instant.parse("2022-12-01T06:00:00.734Z"), Duration.ofMillis(4_249));
    }
}
