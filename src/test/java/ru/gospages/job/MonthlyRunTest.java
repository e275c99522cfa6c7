package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.gospages.testing.Submissions.inn;
import static ru.gospages.testing.Submissions.row;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.gospages.GospagesApplication;
import ru.gospages.publish.summary.SummaryJson;
import ru.gospages.testing.OutputSnapshot;
import ru.gospages.testing.Submissions;
import ru.gospages.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real monthly job on files written here, two consecutive periods on one database: every
 * summary.json value, the registry, carried-over and removed pages and each kind of change.
 */
@Tag("database")
@SpringBootTest(classes = GospagesApplication.class)
class MonthlyRunTest {

    static final String ADM = inn("860202024");
    static final String SCHOOL = inn("861700001");
    static final String HOSPITAL = inn("860100002");
    static final String MUSEUM = inn("860800003");
    static final String ARCHIVE = inn("860900004");

    static final String ADM_NAME = "Администрация города Сургута";
    static final String SCHOOL_NAME = "МБОУ «СОШ № 1» п. Белый Яр";
    static final String HOSPITAL_NAME = "БУ «Окружная клиническая больница»";
    static final String MUSEUM_NAME = "МАУК «Музей», г. Когалым";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("run").register(registry);
    }

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    @Test
    void twoPeriodsGiveTheFiguresRegistryCarryOverAndChangesOfTheSpec() throws IOException {
        november(dir.resolve("input/2022-11"));
        december(dir.resolve("input/2022-12"));

        assertThat(completes("2022-11")).isTrue();
        JsonNode nov = summary("2022-11");
        assertThat(nov.get("period").asString()).isEqualTo("2022-11");
        assertThat(nov.get("asOf").asString()).isEqualTo("2022-11-30");
        assertCounts(nov.get("files"), "read", 4, "rejected", 1);
        assertCounts(nov.get("rows"), "read", 10, "accepted", 8, "rejected", 2, "duplicates", 2, "exempt", 1);
        assertCounts(nov.get("pages"), "total", 6, "verified", 5, "carriedOver", 0);
        assertThat(nov.get("pages").get("verifiedPercent").toString()).isEqualTo("83.3");
        assertThat(nov.get("byPlatform").toString()).isEqualTo(
                "[{\"platform\":\"vk\",\"pages\":3,\"verified\":3,\"verifiedPercent\":100.0},"
                        + "{\"platform\":\"ok\",\"pages\":3,\"verified\":2,\"verifiedPercent\":66.7}]");
        assertThat(municipality(nov, "71800000")).isEqualTo("2/2/100.0/1/1");
        assertThat(municipality(nov, "71876000")).isEqualTo("2/1/50.0/1/1");
        assertThat(municipality(nov, "71883000")).isEqualTo("1/1/100.0/1/0");
        assertThat(municipality(nov, "71878000")).isEqualTo("0/0/null/1/1");
        assertThat(municipality(nov, "71826000")).isEqualTo("1/1/100.0/1/0");
        assertThat(nov.get("byMunicipality")).hasSize(23);
        assertThat(nov.get("byMunicipality").get(0).get("oktmo").asString()).isEqualTo("71800000");
        assertThat(nov.get("problems").toString()).isEqualTo(
                "{\"F-UNSUPPORTED-FORMAT\":1,\"R-INN-INVALID\":1,\"R-URL-PERSONAL\":1,\"R-DUPLICATE\":2,\"R-CONFLICT\":1}");
        assertCounts(nov.get("changes"), "added", 0, "removed", 0, "verified", 0, "unverified", 0);
        assertIdentities(nov);
        assertThat(read("2022-11/changes.csv")).isEqualTo("change,page_url,organization,inn,municipality\r\n");

        RunOutcome december = run("2022-12");
        assertThat(december).isInstanceOf(RunOutcome.Completed.class);
        RunResult result = ((RunOutcome.Completed) december).result();
        // the caller gets the very summary the run wrote, and where its files are
        assertThat(new SummaryJson().toJson(result.summary())).isEqualTo(read("2022-12/summary.json"));
        assertThat(result.periodFolder()).isEqualTo(dir.resolve("output/2022-12"));
        assertThat(result.openDataFolder()).isEqualTo(dir.resolve("output/opendata"));
        JsonNode dec = summary("2022-12");
        assertCounts(dec.get("files"), "read", 2, "rejected", 0);
        assertCounts(dec.get("rows"), "read", 5, "accepted", 5, "rejected", 0, "duplicates", 0, "exempt", 0);
        assertCounts(dec.get("pages"), "total", 7, "verified", 5, "carriedOver", 2);
        assertThat(dec.get("pages").get("verifiedPercent").toString()).isEqualTo("71.4");
        assertThat(dec.get("byPlatform").toString()).isEqualTo(
                "[{\"platform\":\"vk\",\"pages\":3,\"verified\":3,\"verifiedPercent\":100.0},"
                        + "{\"platform\":\"ok\",\"pages\":4,\"verified\":2,\"verifiedPercent\":50.0}]");
        assertThat(municipality(dec, "71800000")).isEqualTo("2/2/100.0/1/1");
        assertThat(municipality(dec, "71876000")).isEqualTo("2/2/100.0/1/1");
        assertThat(municipality(dec, "71883000")).isEqualTo("2/1/50.0/1/1");
        assertThat(municipality(dec, "71826000")).isEqualTo("1/0/0.0/1/0");
        assertThat(municipality(dec, "71878000")).isEqualTo("0/0/null/0/0");
        assertThat(dec.get("problems").toString()).isEqualTo("{\"R-URL-INNER\":1}");
        assertCounts(dec.get("changes"), "added", 2, "removed", 1, "verified", 1, "unverified", 1);
        assertIdentities(dec);

        assertThat(read("opendata/8601010390-officialpages/data-20221231-structure-20221201.csv")).isEqualTo(String.join("\r\n",
                "page_url,platform,organization,inn,ogrn,org_type,municipality,oktmo,verified,followers,last_reported,carried_over",
                "https://ok.ru/group/333,ok,БУ «Окружная клиническая больница»," + HOSPITAL + ",,Иное,Ханты-Мансийский автономный округ – Югра,71800000,true,,2022-11,true",
                "https://vk.com/club222,vk,БУ «Окружная клиническая больница»," + HOSPITAL + ",,Иное,Ханты-Мансийский автономный округ – Югра,71800000,true,,2022-11,true",
                "https://ok.ru/admsurgut,ok,Администрация города Сургута," + ADM + ",,Иное,город Сургут,71876000,true,310,2022-12,false",
                "https://vk.com/admsurgut,vk,Администрация города Сургута," + ADM + ",,Иное,город Сургут,71876000,true,1300,2022-12,false",
                "https://ok.ru/group/444,ok,\"МАУК «Музей», г. Когалым\"," + MUSEUM + ",,Иное,город Когалым,71883000,false,,2022-12,false",
                "https://vk.com/club555,vk,\"МАУК «Музей», г. Когалым\"," + MUSEUM + ",,Иное,город Когалым,71883000,true,,2022-12,false",
                "https://ok.ru/school1,ok,МБОУ «СОШ № 1» п. Белый Яр," + SCHOOL + ",,Иное,Сургутский район,71826000,false,,2022-12,false",
                ""));
        assertThat(read("2022-12/changes.csv")).isEqualTo(String.join("\r\n",
                "change,page_url,organization,inn,municipality",
                "added,https://vk.com/club555,\"МАУК «Музей», г. Когалым\"," + MUSEUM + ",город Когалым",
                "added,https://ok.ru/school1,МБОУ «СОШ № 1» п. Белый Яр," + SCHOOL + ",Сургутский район",
                "removed,https://vk.com/club111,МБОУ «СОШ № 1» п. Белый Яр," + SCHOOL + ",Сургутский район",
                "verified,https://ok.ru/admsurgut,Администрация города Сургута," + ADM + ",город Сургут",
                "unverified,https://ok.ru/group/444,\"МАУК «Музей», г. Когалым\"," + MUSEUM + ",город Когалым",
                ""));
        // the November data version stays beside December's in the cumulative open-data tree
        assertThat(dir.resolve("output/opendata/8601010390-officialpages/data-20221130-structure-20221201.csv")).exists();
        assertThat(dir.resolve("output/2022-12/official-pages-2022-12.xlsx")).exists();
        assertThat(dir.resolve("output/2022-12/problems.xlsx")).exists();
    }

    @Test
    void problemsCsvListsEveryProblemWithItsPlaceInInputOrder() throws IOException {
        november(dir.resolve("input/2022-11"));
        assertThat(completes("2022-11")).isTrue();

        List<String> lines = Files.readAllLines(dir.resolve("output/2022-11/problems.csv"));
        assertThat(lines.get(0)).isEqualTo("file,sheet,row,column,value,code,severity,message");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.indexOf(",error,") > 0
                ? l.indexOf(",error,") : l.lastIndexOf(",", l.indexOf(",info,") > 0 ? l.indexOf(",info,") : l.indexOf(",warning,"))))
                .hasSize(6);
        assertThat(lines.get(1)).startsWith("01-long.xlsx,Страницы,6,B,8601010391,R-INN-INVALID,error,ИНН 8601010391 не проходит");
        assertThat(lines.get(2)).startsWith("02-wide.csv,02-wide,3,D,vk.ru/admsurgut,R-DUPLICATE,info,");
        assertThat(lines.get(3)).startsWith("02-wide.csv,02-wide,5,D,https://vk.com/club111,R-DUPLICATE,info,");
        assertThat(lines.get(4)).startsWith("02-wide.csv,02-wide,5,D,https://vk.com/club111,R-CONFLICT,warning,");
        assertThat(lines.get(5)).startsWith("03-culture.xls,Лист1,3,E,https://vk.com/id5,R-URL-PERSONAL,error,");
        assertThat(lines.get(6)).startsWith("04-notes.docx,,,,,F-UNSUPPORTED-FORMAT,error,");
    }

    @Test
    void runningAPeriodAgainWithTheSameInputGivesByteIdenticalFiles() throws IOException {
        november(dir.resolve("input/2022-11"));
        assertThat(completes("2022-11")).isTrue();
        java.util.Map<String, String> first = OutputSnapshot.of(dir.resolve("output"));

        assertThat(completes("2022-11")).isTrue();

        assertThat(OutputSnapshot.of(dir.resolve("output"))).isEqualTo(first).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void aRunWhoseFilesAreAllRejectedStillCompletesWithEmptyFigures() throws IOException {
        Path input = dir.resolve("input/2023-02");
        Files.createDirectories(input);
        Files.write(input.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.write(input.resolve("empty.csv"), new byte[0]);

        assertThat(completes("2023-02")).isTrue();
        JsonNode summary = summary("2023-02");
        assertCounts(summary.get("files"), "read", 2, "rejected", 2);
        assertCounts(summary.get("rows"), "read", 0, "accepted", 0, "rejected", 0);
        assertThat(summary.get("pages").get("verifiedPercent").isNull()).isTrue();
        assertThat(summary.get("problems").toString()).isEqualTo("{\"F-UNREADABLE\":1,\"F-EMPTY\":1}");
    }

    private void november(Path input) throws IOException {
        Submissions.xlsx(input.resolve("01-long.xlsx"), "Страницы", List.of(
                row("Реестр официальных страниц в социальных сетях"),
                row("Наименование организации", "ИНН", "Муниципальное образование", "Социальная сеть",
                        "Ссылка на страницу", "Госметка", "Количество подписчиков"),
                row(ADM_NAME, Long.parseLong(ADM), "г. Сургут", "ВКонтакте", "https://vk.com/admsurgut", "да", 1200),
                row(ADM_NAME, Long.parseLong(ADM), "г. Сургут", "Одноклассники", "https://ok.ru/admsurgut", "нет", 300),
                row(SCHOOL_NAME, SCHOOL, "Сургутский район", "ВК", "vk.com/club111", "да", 50),
                row("Школа с ошибкой", "8601010391", "Сургут", "ВК", "vk.com/club999", "да", null)));
        Submissions.csv(input.resolve("02-wide.csv"), Charset.forName("windows-1251"), ';', false, List.of(
                row("Наименование организации", "ИНН", "МО", "Ссылка на страницу ВКонтакте",
                        "Ссылка на страницу в Одноклассниках", "Госметка ВК", "Госметка ОК",
                        "Официальная страница не ведется на основании"),
                row(HOSPITAL_NAME, HOSPITAL, "ХМАО – Югра", "https://vk.com/club222", "ok.ru/group/333", "да", "да", ""),
                row(ADM_NAME, ADM, "Сургут", "vk.ru/admsurgut", "нет", "нет", "", ""),
                row("МКУ «Архив»", ARCHIVE, "г. Урай", "-", "-", "", "", "Постановление № 5 от 01.11.2022"),
                row(MUSEUM_NAME, MUSEUM, "г. Когалым", "https://vk.com/club111", "", "нет", "", "")));
        Submissions.xls(input.resolve("03-culture.xls"), "Лист1", List.of(
                row("Организация", "ИНН организации", "МО", "Соцсеть", "Адрес страницы", "Наличие госметки", "Подписчики"),
                row(MUSEUM_NAME, MUSEUM, "Когалым", "ОК", "https://ok.ru/group/444", "+", 10),
                row(MUSEUM_NAME, MUSEUM, "Когалым", "ВК", "https://vk.com/id5", "да", null)));
        Files.writeString(input.resolve("04-notes.docx"), "not a spreadsheet");
        Files.writeString(input.resolve("~$01-long.xlsx"), "lock");
    }

    private void december(Path input) {
        Submissions.xlsx(input.resolve("01-long.xlsx"), "Страницы", List.of(
                row("Наименование организации", "ИНН", "Муниципальное образование", "Социальная сеть",
                        "Ссылка на страницу", "Госметка", "Количество подписчиков"),
                row(ADM_NAME, ADM, "г. Сургут", "ВКонтакте", "https://vk.com/admsurgut", "да", 1300),
                row(ADM_NAME, ADM, "г. Сургут", "Одноклассники", "https://ok.ru/admsurgut", "да", 310),
                row(SCHOOL_NAME, SCHOOL, "Сургутский район", "ОК", "https://ok.ru/school1", "нет", null)));
        Submissions.csv(input.resolve("02-culture.csv"), StandardCharsets.UTF_8, ',', true, List.of(
                row("Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка"),
                row(MUSEUM_NAME, MUSEUM, "Когалым", "https://ok.ru/group/444", "нет"),
                row(MUSEUM_NAME, MUSEUM, "Когалым", "https://vk.com/wall-555_12", "да")));
    }

    private boolean completes(String period) {
        return run(period) instanceof RunOutcome.Completed;
    }

    private RunOutcome run(String period) {
        return context.getBean(MonthlyRuns.class).run(new RunRequest(YearMonth.parse(period),
                dir.resolve("input").resolve(period), dir.resolve("output")), RunListener.NONE);
    }

    private JsonNode summary(String period) throws IOException {
        return JsonMapper.builder().build().readTree(read(period + "/summary.json"));
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve("output").resolve(file));
    }

    /** pages/verified/percent/organizations/compliant of one municipality. */
    private static String municipality(JsonNode summary, String oktmo) {
        for (JsonNode m : summary.get("byMunicipality")) {
            if (m.get("oktmo").asString().equals(oktmo)) {
                return m.get("pages") + "/" + m.get("verified") + "/" + m.get("verifiedPercent") + "/"
                        + m.get("organizations") + "/" + m.get("compliantOrganizations");
            }
        }
        throw new AssertionError("no municipality " + oktmo);
    }

    private static void assertCounts(JsonNode node, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            assertThat(node.get((String) namesAndValues[i]).asLong()).as((String) namesAndValues[i])
                    .isEqualTo(((Integer) namesAndValues[i + 1]).longValue());
        }
    }

    /** SPEC 8: rows.accepted + rows.rejected = rows.read; pages.total = accepted − duplicates + carriedOver. */
    private static void assertIdentities(JsonNode summary) {
        JsonNode rows = summary.get("rows");
        JsonNode pages = summary.get("pages");
        assertThat(rows.get("accepted").asLong() + rows.get("rejected").asLong()).isEqualTo(rows.get("read").asLong());
        assertThat(pages.get("total").asLong()).isEqualTo(
                rows.get("accepted").asLong() - rows.get("duplicates").asLong() + pages.get("carriedOver").asLong());
    }
}
