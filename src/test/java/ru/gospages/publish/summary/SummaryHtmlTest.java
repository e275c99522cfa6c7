package ru.gospages.publish.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import ru.gospages.figures.DirectoryFigures;
import ru.gospages.figures.OrganizationStanding;
import ru.gospages.publish.PublicationFixtures;

/** summary.html parsed back: what a reader sees, and that the page needs nothing outside itself. */
class SummaryHtmlTest {

    @TempDir
    Path dir;

    private final SummaryHtml html = new SummaryHtml(List.of("ВКонтакте", "Одноклассники"));

    @Test
    void headlineGivesThePagesAndTheShareVerified() {
        Document page = page();

        assertThat(HtmlPages.text(page, "//html/@lang")).isEqualTo("ru");
        assertThat(HtmlPages.text(page, "//div[@class='headline']/strong"))
                .isEqualTo("41\u00A0официальная страница, 92,7\u00A0% с госметкой");
        assertThat(HtmlPages.text(page, "//header/p")).isEqualTo("Отчёт за декабрь 2022 · данные на 31.12.2022");
    }

    @Test
    void chartHasABarPerMunicipalityWithPagesAndNoneWithout() {
        Document page = page();

        assertThat(HtmlPages.texts(page, "//section[@id='chart']/svg/text[@text-anchor='end']"))
                .containsExactly(PublicationFixtures.REGION, "город Сургут", "Берёзовский район", "Белоярский район");
        assertThat(HtmlPages.nodes(page, "//section[@id='chart']/svg/rect[@class='bar']").getLength()).isEqualTo(3);
        assertThat(HtmlPages.texts(page, "//section[@id='chart']/svg/text[@class='muted']"))
                .contains("95,2\u00A0% · 20 из 21", "50,0\u00A0% · 1 из 2", "нет страниц");
        // a full bar is 500 units long: 95.2 % of it
        assertThat(HtmlPages.texts(page, "//section[@id='chart']/svg/rect[@class='bar'][1]/@width")).containsExactly("476.0");
        assertThat(HtmlPages.text(page, "//section[@id='chart']/svg/text[@class='average-label']"))
                .isEqualTo("по округу в целом 92,7\u00A0%");
    }

    @Test
    void tablesByPlatformAndByMunicipalityShowCountsSharesAndCompliance() {
        Document page = page();

        assertThat(HtmlPages.rows(page, "//section[@id='platforms']//tbody/tr"))
                .containsExactly("ВКонтакте | 23 | 23 | 100,0\u00A0%", "Одноклассники | 18 | 15 | 83,3\u00A0%");
        assertThat(HtmlPages.rows(page, "//section[@id='organizations']//tbody/tr")).hasSize(5)
                .contains("город Сургут | 18 | 17 | 94,4\u00A0% | 8 | 7 | 87,5\u00A0%", "Белоярский район | 0 | 0 | — | 0 | 0 | —")
                .last().isEqualTo("Итого | 41 | 38 | 92,7\u00A0% | 18 | 17 | 94,4\u00A0%");
        assertThat(HtmlPages.text(page, "//section[@id='organizations']/p")).isEqualTo("Из 18\u00A0организаций требование "
                + "выполняют 17 (94,4\u00A0%): ведут страницы в каждой обязательной сети (ВКонтакте, Одноклассники) "
                + "или указали основание, по которому страница не ведётся.");
    }

    @Test
    void changesAreCollapsibleListsPerKindAgainstThePreviousPeriod() {
        Document page = page();

        assertThat(HtmlPages.text(page, "//section[@id='changes']/p")).isEqualTo("По сравнению с отчётом за ноябрь 2022:");
        assertThat(HtmlPages.texts(page, "//section[@id='changes']/details/summary")).containsExactly(
                "Добавлены: 2", "Удалены: 0", "Получили госметку: 0", "Потеряли госметку: 1");
        assertThat(HtmlPages.texts(page, "//section[@id='changes']/details[1]//li")).containsExactly(
                "https://ok.ru/group/70000012345678 — Администрация Кондинского района, Кондинский район",
                "https://vk.com/surgut_sport — МАУ «Спорт <Сургут> & Co», город Сургут");
        // collapsed until the reader opens them
        assertThat(HtmlPages.nodes(page, "//details[@open]").getLength()).isZero();
    }

    @Test
    void withADirectoryThePageListsPerMunicipalityWhoDidNotReportAndWhoHasNoPages() {
        ReportDetails base = PublicationFixtures.details();
        DirectoryFigures directory = new DirectoryFigures(List.of(
                new OrganizationStanding("8602990014", "Администрация города Сургута", "71876000", true, 2, 2, true, false, "2022-12"),
                new OrganizationStanding("8602990021", "МБУ <Архив> & Ко", "71876000", false, 0, 0, false, true, "")), 2);
        ReportDetails details = new ReportDetails(base.previousPeriod(), base.firstProblems(), base.rejections(), base.changes(),
                Optional.of(directory));

        Document page = HtmlPages.parse(html.render(PublicationFixtures.summary(PublicationFixtures.DECEMBER),
                PublicationFixtures.figures(), details));
        Document without = HtmlPages.parse(html.render(PublicationFixtures.summary(PublicationFixtures.DECEMBER),
                PublicationFixtures.figures(), base));

        assertThat(HtmlPages.text(page, "//section[@id='directory']/h3")).isEqualTo("город Сургут");
        assertThat(HtmlPages.texts(page, "//section[@id='directory']//summary"))
                .containsExactly("Не отчитались: 1", "Нет ни страницы, ни основания: 1");
        assertThat(HtmlPages.texts(page, "//section[@id='directory']//li")).containsExactly(
                "МБУ <Архив> & Ко (ИНН 8602990021)", "МБУ <Архив> & Ко (ИНН 8602990021)");
        // numbers and their words are joined by no-break spaces, as everywhere on the page
        assertThat(HtmlPages.text(page, "//section[@id='directory']/p[1]").replace('\u00A0', ' ')).contains("должны вести 2 организации")
                .contains("требование выполняют 1 (50,0 % от обязанных)").contains("нет в справочнике: 2");
        assertThat(HtmlPages.nodes(without, "//section[@id='directory']").getLength()).isZero();
    }

    @Test
    void aFirstPeriodSaysThereIsNothingToCompareWith() {
        ReportDetails first = new ReportDetails(Optional.empty(), List.of(), List.of(), ChangeLists.none());

        Document page = HtmlPages.parse(html.render(PublicationFixtures.summary(PublicationFixtures.NOVEMBER),
                PublicationFixtures.figures(), first));

        assertThat(HtmlPages.text(page, "//section[@id='changes']/p")).isEqualTo("Это первый отчётный период: сравнивать не с чем.");
        assertThat(HtmlPages.nodes(page, "//details").getLength()).isZero();
    }

    @Test
    void changesBeyondTheListedOnesPointToChangesCsv() {
        Summary summary = PublicationFixtures.summary(PublicationFixtures.DECEMBER);
        Summary many = new Summary(summary.period(), summary.asOf(), summary.files(), summary.rows(), summary.pages(),
                summary.byPlatform(), summary.byMunicipality(), summary.problems(),
                new Summary.ChangeCounts(250, 0, 0, 1), summary.run());

        Document page = HtmlPages.parse(html.render(many, PublicationFixtures.figures(), PublicationFixtures.details()));

        assertThat(HtmlPages.texts(page, "//section[@id='changes']/details[1]/p"))
                .containsExactly("и ещё 248 — полный список в changes.csv");
    }

    @Test
    void filesReadAndRejectedAreCountedAndRejectedFilesSayWhy() {
        Document page = page();

        assertThat(HtmlPages.texts(page, "//section[@id='files']/p")).containsExactly(
                "Прочитано файлов: 7, отклонено целиком: 1.",
                "Строк со страницами прочитано 46: принято 40, отклонено 6, повторов одной и той же страницы 2; "
                        + "строк с основанием, по которому страница не ведётся, 1.");
        assertThat(HtmlPages.rows(page, "//section[@id='files']//tbody/tr"))
                .containsExactly("список.pdf | Формат файла «.pdf» не поддерживается");
    }

    @Test
    void mostFrequentProblemsComeFirstEachWithItsFirstFindingAsExample() {
        Document page = page();

        assertThat(HtmlPages.texts(page, "//section[@id='problems']//tbody/tr/td[1]/span[@class='code']"))
                .containsExactly("R-INN-INVALID", "R-URL-INNER", "R-DUPLICATE", "F-UNSUPPORTED-FORMAT");
        assertThat(HtmlPages.texts(page, "//section[@id='problems']//tbody/tr[1]/td[1]/text()"))
                .containsExactly("неверный ИНН");
        assertThat(HtmlPages.texts(page, "//section[@id='problems']//tbody/tr[1]/td[1]/span[@class='note']"))
                .containsExactly("(ошибка)");
        assertThat(HtmlPages.texts(page, "//section[@id='problems']//tbody/tr[1]/td[2]")).containsExactly("3");
        // the example: where it is, the value written there, then the message (after a line break)
        assertThat(HtmlPages.texts(page, "//section[@id='problems']//tbody/tr[1]/td[3]/text()")).containsExactly(
                "«01-municipal.xlsx», лист «Реестр», строка 31, столбец C:",
                "ИНН 8605990101 не проходит проверку контрольной суммы: проверьте цифры");
        assertThat(HtmlPages.texts(page, "//section[@id='problems']//tbody/tr[1]/td[3]/span[@class='url']"))
                .containsExactly("8605990101");
        assertThat(HtmlPages.texts(page, "//section[@id='problems']//tbody/tr[4]/td[3]/text()"))
                .containsExactly("«список.pdf»", "Формат файла «.pdf» не поддерживается");
    }

    @Test
    void atMostTenProblemsAreShown() {
        Summary summary = PublicationFixtures.summary(PublicationFixtures.DECEMBER);
        Map<String, Long> twelve = new java.util.LinkedHashMap<>();
        List.of(ru.gospages.problems.ProblemCode.values()).subList(0, 12).forEach(code -> twelve.put(code.code(), 1L));
        Summary many = new Summary(summary.period(), summary.asOf(), summary.files(), summary.rows(), summary.pages(),
                summary.byPlatform(), summary.byMunicipality(), twelve, summary.changes(), summary.run());

        Document page = HtmlPages.parse(html.render(many, PublicationFixtures.figures(), PublicationFixtures.details()));

        assertThat(HtmlPages.nodes(page, "//section[@id='problems']//tbody/tr").getLength()).isEqualTo(10);
    }

    @Test
    void pageRefersToNothingOutsideItself() throws IOException {
        Path file = dir.resolve("summary.html");
        html.write(PublicationFixtures.summary(PublicationFixtures.DECEMBER), PublicationFixtures.figures(),
                PublicationFixtures.details(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Document page = HtmlPages.parse(text);

        for (String element : HtmlPages.LOADING_ELEMENTS) {
            assertThat(page.getElementsByTagName(element).getLength()).as("<%s> elements", element).isZero();
        }
        assertThat(HtmlPages.attributes(page)).allSatisfy(attribute -> {
            String name = attribute.substring(attribute.indexOf('@') + 1, attribute.indexOf('='));
            String value = attribute.substring(attribute.indexOf('=') + 1);
            if (HtmlPages.REFERENCING_ATTRIBUTES.contains(name)) {
                assertThat(value).as(attribute).startsWith("#");
            }
            assertThat(name).as(attribute).doesNotStartWith("on"); // no inline script either
            assertThat(value).as(attribute).doesNotContainIgnoringCase("javascript:");
        });
        String css = HtmlPages.text(page, "//style");
        assertThat(css).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
        assertThat(text).contains("<meta charset=\"utf-8\"/>");
    }

    @Test
    void namesAreEscapedAsTextNeverAsMarkup() {
        String text = render();

        assertThat(text).contains("МАУ «Спорт &lt;Сургут&gt; &amp; Co»").doesNotContain("<Сургут>");
    }

    @Test
    void theSameRunGivesTheSameText() {
        assertThat(render()).isEqualTo(render());
        // no time of writing on the page: the run's start time is in summary.json only
        assertThat(render()).doesNotContain("2023-01-01").doesNotContain("06:00");
    }

    private String render() {
        return html.render(PublicationFixtures.summary(PublicationFixtures.DECEMBER), PublicationFixtures.figures(),
                PublicationFixtures.details());
    }

    private Document page() {
        return HtmlPages.parse(render());
    }
}
