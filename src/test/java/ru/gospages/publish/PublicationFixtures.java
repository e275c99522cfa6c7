package ru.gospages.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import ru.gospages.figures.Count;
import ru.gospages.figures.Figures;
import ru.gospages.figures.MunicipalityFigures;
import ru.gospages.figures.PlatformFigures;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;
import ru.gospages.publish.summary.ChangeLists;
import ru.gospages.publish.summary.ReportDetails;
import ru.gospages.publish.summary.RunCounts;
import ru.gospages.publish.summary.Summary;
import ru.gospages.registry.PageChange;
import ru.gospages.registry.RegistryPage;

/**
 * A small consistent period for the publication tests, built in code: four municipalities (one
 * without pages), their totals, a registry of a few pages, problems, rejected files and changes.
 */
public final class PublicationFixtures {

    public static final YearMonth NOVEMBER = YearMonth.of(2022, 11);
    public static final YearMonth DECEMBER = YearMonth.of(2022, 12);
    public static final String REGION = "Ханты-Мансийский автономный округ – Югра";

    private PublicationFixtures() {
    }

    /** Region 20 of 21 verified, Surgut 17 of 18, Beryozovsky 1 of 2, Beloyarsky no pages; 38 of 41 in all. */
    public static Figures figures() {
        MunicipalityFigures region = municipality("71800000", REGION, 12, 12, 9, 8, 9, 9);
        MunicipalityFigures surgut = municipality("71876000", "город Сургут", 10, 10, 8, 7, 8, 7);
        MunicipalityFigures beryozovsky = municipality("71812000", "Берёзовский район", 1, 1, 1, 0, 1, 1);
        MunicipalityFigures beloyarsky = municipality("71811000", "Белоярский район", 0, 0, 0, 0, 0, 0);
        MunicipalityFigures total = municipality("", "Итого", 23, 23, 18, 15, 18, 17);
        return new Figures(List.of(region, surgut, beryozovsky, beloyarsky), total);
    }

    public static MunicipalityFigures municipality(String oktmo, String name, long vkPages, long vkVerified, long okPages,
                                            long okVerified, long organizations, long compliant) {
        return new MunicipalityFigures(oktmo, name, new Count(vkPages + okPages, vkVerified + okVerified),
                List.of(new PlatformFigures("vk", "ВКонтакте", new Count(vkPages, vkVerified)),
                        new PlatformFigures("ok", "Одноклассники", new Count(okPages, okVerified))),
                organizations, compliant);
    }

    public static Summary summary(YearMonth period) {
        return Summary.of(figures(), new RunCounts(period, new Summary.FileCounts(7, 1),
                new Summary.RowCounts(46, 40, 6, 2, 1), 3,
                Map.of(ProblemCode.R_INN_INVALID, 3L, ProblemCode.R_DUPLICATE, 2L, ProblemCode.F_UNSUPPORTED_FORMAT, 1L,
                        ProblemCode.R_URL_INNER, 3L),
                Summary.ChangeCounts.of(Map.of(PageChange.Kind.ADDED, 2L, PageChange.Kind.UNVERIFIED, 1L)),
                Instant.parse("2023-01-01T06:00:00Z"), Duration.ofSeconds(4)));
    }

    public static ReportDetails details() {
        return new ReportDetails(Optional.of(NOVEMBER), List.of(
                new Problem("01-municipal.xlsx", "Реестр", 31, "C", "8605990101", ProblemCode.R_INN_INVALID,
                        Severity.ERROR, "ИНН 8605990101 не проходит проверку контрольной суммы: проверьте цифры"),
                new Problem("06-courts.xlsx", "Суды", 5, "H", "https://ok.ru/group/5945/topic/1534", ProblemCode.R_URL_INNER,
                        Severity.WARNING, "Ссылка ведёт на запись внутри страницы; принята страница https://ok.ru/group/5945"),
                new Problem("05-sport.csv", "05-sport", 7, "G", "https://vk.com/admsurgut", ProblemCode.R_DUPLICATE,
                        Severity.INFO, "Страница https://vk.com/admsurgut уже указана ранее"),
                Problem.ofFile("список.pdf", ProblemCode.F_UNSUPPORTED_FORMAT, Severity.ERROR,
                        "Формат файла «.pdf» не поддерживается")),
                List.of(Problem.ofFile("список.pdf", ProblemCode.F_UNSUPPORTED_FORMAT, Severity.ERROR,
                        "Формат файла «.pdf» не поддерживается")),
                ChangeLists.of(List.of(
                        new PageChange(PageChange.Kind.ADDED, "https://ok.ru/group/70000012345678",
                                "Администрация Кондинского района", "8616990127", "Кондинский район"),
                        new PageChange(PageChange.Kind.ADDED, "https://vk.com/surgut_sport",
                                "МАУ «Спорт <Сургут> & Co»", "8602990399", "город Сургут"),
                        new PageChange(PageChange.Kind.UNVERIFIED, "https://ok.ru/surgutphil",
                                "МАУ «Сургутская филармония»", "8602990399", "город Сургут")).iterator()));
    }

    public static List<RegistryPage> registry(String lastReported) {
        return List.of(
                new RegistryPage("https://vk.com/depzdrav_ugra", "vk", "Департамент здравоохранения Югры", "8601990460",
                        "1058601990468", "Государственный орган", REGION, "71800000", true, OptionalLong.of(32025),
                        lastReported, false),
                new RegistryPage("https://ok.ru/depzdravugra", "ok", "Департамент здравоохранения Югры", "8601990460",
                        "1058601990468", "Государственный орган", REGION, "71800000", false, OptionalLong.empty(),
                        lastReported, false),
                new RegistryPage("https://vk.com/adm_surgut", "vk", "Администрация города Сургута", "8602020249",
                        "", "Орган местного самоуправления", "город Сургут", "71876000", true, OptionalLong.of(12345),
                        "2022-10", true));
    }
}
