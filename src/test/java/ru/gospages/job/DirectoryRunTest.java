package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.gospages.testing.Submissions.inn;
import static ru.gospages.testing.Submissions.ogrn;
import static ru.gospages.testing.Submissions.row;

import java.io.IOException;
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
import ru.gospages.testing.Submissions;
import ru.gospages.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SPEC 13 end to end: two periods with an organisation directory. An organisation reporting in both
 * periods (the second time through a «Госпаблики» export with OGRN only), one reporting in the first
 * only (its carried-over pages keep it compliant), one with an exemption in the first only (its last
 * report kept by the database), an obligated one that never reports, a non-obligated one and an INN
 * the directory does not know: every value of the {@code directory} blocks and of the organisations file.
 */
@Tag("database")
@SpringBootTest(classes = GospagesApplication.class)
class DirectoryRunTest {

    static final String ADM = inn("860202024");
    static final String ADM_OGRN = ogrn("102860200001");
    static final String SCHOOL = inn("861700001");
    static final String HOSPITAL = inn("860100002");
    static final String MUSEUM = inn("860800003");
    static final String MUSEUM_OGRN = ogrn("102860800003");
    static final String ARCHIVE = inn("860900004");
    static final String STRANGER = inn("860100009");

    static final String ADM_NAME = "Администрация города Сургута";
    static final String SCHOOL_NAME = "МБОУ «СОШ № 1» п. Белый Яр";
    static final String HOSPITAL_NAME = "БУ «Окружная клиническая больница»";
    static final String ARCHIVE_NAME = "МКУ «Архив»";

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("directory").register(registry);
        registry.add("gospages.directory", () -> Submissions.directory(folder.resolve("organizations.csv"),
                ADM + "," + ADM_OGRN + "," + ADM_NAME + ",71876000,ОМСУ,да",
                SCHOOL + ",," + SCHOOL_NAME + ",71826000,,",
                HOSPITAL + ",," + HOSPITAL_NAME + ",71800000,,да",
                MUSEUM + "," + MUSEUM_OGRN + ",МАУК «Музей»,71883000,,нет",
                ARCHIVE + ",," + ARCHIVE_NAME + ",71878000,,да").toString());
    }

    @Autowired
    ApplicationContext context;

    @Test
    void twoPeriodsGiveEveryDirectoryFigureAndTheOrganisationsFile() throws IOException {
        november(folder.resolve("input/2022-11"));
        december(folder.resolve("input/2022-12"));

        assertThat(run("2022-11")).isInstanceOf(RunOutcome.Completed.class);
        JsonNode nov = summary("2022-11");
        assertThat(nov.get("directory").toString()).isEqualTo("{\"organizations\":4,\"reported\":3,\"notReported\":1,"
                + "\"compliant\":3,\"compliantPercent\":75.0,\"withoutPages\":1,\"unknownOrganizations\":1}");
        assertThat(directory(nov, "71800000")).isEqualTo(block(1, 0, 1, 0, "0.0", 1));
        assertThat(directory(nov, "71876000")).isEqualTo(block(1, 1, 0, 1, "100.0", 0));
        assertThat(directory(nov, "71878000")).isEqualTo(block(1, 1, 0, 1, "100.0", 0));
        assertThat(directory(nov, "71826000")).isEqualTo(block(1, 1, 0, 1, "100.0", 0));
        // the museum is in the directory but need not keep pages: found, never counted
        assertThat(directory(nov, "71883000")).isEqualTo(block(0, 0, 0, 0, "null", 0));
        assertThat(nov.get("problems").toString()).isEqualTo(
                "{\"R-ORG-RESOLVED\":1,\"R-ORG-UNKNOWN\":2,\"R-ORG-MISMATCH\":1}");
        // the school's OK page, written with the city, went to the district of the directory
        assertThat(municipalityPages(nov, "71826000")).isEqualTo(2);
        assertThat(read("2022-11/organizations-2022-11.csv")).isEqualTo(lines(
                "inn,name,oktmo,municipality,reported,pages,verified_pages,compliant,last_reported",
                HOSPITAL + "," + HOSPITAL_NAME + ",71800000,Ханты-Мансийский автономный округ – Югра,нет,0,0,нет,",
                ADM + "," + ADM_NAME + ",71876000,город Сургут,да,2,1,да,2022-11",
                ARCHIVE + "," + ARCHIVE_NAME + ",71878000,город Урай,да,0,0,да,2022-11",
                SCHOOL + "," + SCHOOL_NAME + ",71826000,Сургутский район,да,2,2,да,2022-11"));

        assertThat(run("2022-12")).isInstanceOf(RunOutcome.Completed.class);
        JsonNode dec = summary("2022-12");
        assertThat(dec.get("rows").get("accepted").asLong()).isEqualTo(2);
        assertThat(dec.get("directory").toString()).isEqualTo("{\"organizations\":4,\"reported\":1,\"notReported\":3,"
                + "\"compliant\":1,\"compliantPercent\":25.0,\"withoutPages\":2,\"unknownOrganizations\":0}");
        assertThat(directory(dec, "71800000")).isEqualTo(block(1, 0, 1, 0, "0.0", 1));
        assertThat(directory(dec, "71876000")).isEqualTo(block(1, 1, 0, 0, "0.0", 0));
        assertThat(directory(dec, "71878000")).isEqualTo(block(1, 0, 1, 0, "0.0", 1));
        assertThat(directory(dec, "71826000")).isEqualTo(block(1, 0, 1, 1, "100.0", 0));
        assertThat(dec.get("problems").toString()).isEqualTo("{\"R-ORG-RESOLVED\":2}");
        assertThat(read("2022-12/organizations-2022-12.csv")).isEqualTo(lines(
                "inn,name,oktmo,municipality,reported,pages,verified_pages,compliant,last_reported",
                HOSPITAL + "," + HOSPITAL_NAME + ",71800000,Ханты-Мансийский автономный округ – Югра,нет,0,0,нет,",
                ADM + "," + ADM_NAME + ",71876000,город Сургут,да,1,1,нет,2022-12",
                ARCHIVE + "," + ARCHIVE_NAME + ",71878000,город Урай,нет,0,0,нет,2022-11",
                SCHOOL + "," + SCHOOL_NAME + ",71826000,Сургутский район,нет,2,2,да,2022-11"));
        // the export's rows were read in full: INN and municipality from the directory
        assertThat(read("opendata/8601010390-officialpages/data-20221231-structure-20221201.csv"))
                .contains("https://vk.com/admsurgut,vk," + ADM_NAME + "," + ADM + "," + ADM_OGRN + ",Иное,город Сургут,71876000,true,1300,2022-12,false")
                .contains("https://vk.com/club555,vk,МАУК «Музей»," + MUSEUM + "," + MUSEUM_OGRN + ",Иное,город Когалым,71883000,true,,2022-12,false");
        // history and the API read the summary back: the directory blocks survive the round trip
        assertThat(new SummaryJson().toJson(new SummaryJson().read(read("2022-12/summary.json")))).isEqualTo(read("2022-12/summary.json"));
        String html = read("2022-12/summary.html");
        assertThat(html).contains("<section id=\"directory\">").contains("не отчитались 3;")
                .contains("<h3>город Урай</h3>").contains("<summary>Не отчитались: 1</summary>")
                .contains("<summary>Нет ни страницы, ни основания: 1</summary>").contains("<li>МКУ «Архив» (ИНН " + ARCHIVE + ")</li>")
                .contains("organizations-2022-12.csv");
    }

    private void november(Path input) throws IOException {
        Submissions.xlsx(input.resolve("01-long.xlsx"), "Страницы", List.of(
                row("Наименование организации", "ИНН", "ОГРН", "Муниципальное образование", "Социальная сеть",
                        "Ссылка на страницу", "Госметка"),
                row(ADM_NAME, ADM, "", "г. Сургут", "ВК", "https://vk.com/admsurgut", "да"),
                row(ADM_NAME, ADM, "", "", "ОК", "https://ok.ru/admsurgut", "нет"),
                row(SCHOOL_NAME, SCHOOL, "", "Сургутский район", "ВК", "vk.com/club111", "да"),
                row(SCHOOL_NAME, SCHOOL, "", "Сургут", "ОК", "https://ok.ru/group/112", "да"),
                row("МАУК «Музей»", MUSEUM, "", "Когалым", "ВК", "https://vk.com/club555", "да"),
                row("Чужая организация", STRANGER, "", "Урай", "ВК", "https://vk.com/club777", "да"),
                row("Чужая организация", STRANGER, "", "Урай", "ОК", "https://ok.ru/group/778", "нет")));
        Submissions.csvUtf8(input.resolve("02-exempt.csv"), List.of(
                row("Наименование организации", "ИНН", "МО", "Ссылка на страницу ВКонтакте",
                        "Ссылка на страницу в Одноклассниках", "Госметка ВК", "Госметка ОК",
                        "Официальная страница не ведется на основании"),
                row(ARCHIVE_NAME, ARCHIVE, "г. Урай", "-", "-", "", "", "Постановление № 5 от 01.11.2022")));
    }

    private void december(Path input) {
        Submissions.xlsx(input.resolve("01-gospubliki.xlsx"), "Госпаблики", List.of(
                row("Уровень", "Учредитель", "Наименование подведомственной организации",
                        "Официальная страница не ведется на основании", "ОГРН", "ID госпаблика", "Ссылка на госпаблик ВК",
                        "Госметка (да/нет)", "Количество подписчиков"),
                row("Муниципальный", "", ADM_NAME, "", ADM_OGRN, "1", "https://vk.com/admsurgut", "Да", 1300),
                row("Муниципальный", "", "МАУК «Музей»", "", MUSEUM_OGRN, "555", "https://vk.com/club555", "Да", null)));
    }

    private RunOutcome run(String period) {
        return context.getBean(MonthlyRuns.class).run(new RunRequest(YearMonth.parse(period),
                folder.resolve("input").resolve(period), folder.resolve("output")), RunListener.NONE);
    }

    private JsonNode summary(String period) throws IOException {
        return JsonMapper.builder().build().readTree(read(period + "/summary.json"));
    }

    private String read(String file) throws IOException {
        return Files.readString(folder.resolve("output").resolve(file), StandardCharsets.UTF_8);
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String block(long organizations, long reported, long notReported, long compliant, String percent,
                                long withoutPages) {
        return "{\"organizations\":" + organizations + ",\"reported\":" + reported + ",\"notReported\":" + notReported
                + ",\"compliant\":" + compliant + ",\"compliantPercent\":" + percent + ",\"withoutPages\":" + withoutPages + "}";
    }

    private static String directory(JsonNode summary, String oktmo) {
        return municipality(summary, oktmo).get("directory").toString();
    }

    private static long municipalityPages(JsonNode summary, String oktmo) {
        return municipality(summary, oktmo).get("pages").asLong();
    }

    private static JsonNode municipality(JsonNode summary, String oktmo) {
        for (JsonNode m : summary.get("byMunicipality")) {
            if (m.get("oktmo").asString().equals(oktmo)) {
                return m;
            }
        }
        throw new AssertionError("no municipality " + oktmo);
    }
}
