package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.gospages.intake.HeaderLocator;
import ru.gospages.intake.HeaderMatcher;
import ru.gospages.intake.RawRow;
import ru.gospages.intake.SheetLayout;
import ru.gospages.intake.SubmittedRow;
import ru.gospages.problems.Place;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.TestProfiles;

class RowValidatorTest {

    static final String ADM = "8602020249";
    static final String[] WIDE = {"Наименование организации", "ИНН", "ОГРН", "Тип организации", "МО",
        "Ссылка на страницу ВКонтакте", "Ссылка на страницу в Одноклассниках", "Госметка ВК", "Госметка ОК",
        "Количество подписчиков", "Официальная страница не ведется на основании"};
    static final String[] LONG = {"Наименование организации", "ИНН", "МО", "Социальная сеть", "Ссылка на страницу", "Госметка"};

    final JobProfile profile = TestProfiles.standard();
    final PageKeys keys = PageKeys.of(profile);
    final RowValidator validator = new RowValidator(profile, Municipalities.load(Path.of("jobs/reference/municipalities.csv")),
            keys, PageAliases.none());
    final HeaderLocator locator = new HeaderLocator(new HeaderMatcher(profile.columns(), keys::platformByWord));

    @Test
    void wideRowWithTwoUrlsIsTwoAcceptedPageRows() {
        CheckedRow row = check(WIDE, "Администрация города Сургута", ADM, "", "ОМСУ", "г. Сургут",
                "https://vk.com/admsurgut", "ok.ru/admsurgut", "да", "нет", "12 345", "");

        assertThat(row.pageRows()).isEqualTo(2);
        assertThat(row.accepted()).extracting(PageRecord::pageKey).containsExactly("vk:name:admsurgut", "ok:name:admsurgut");
        assertThat(row.accepted()).extracting(PageRecord::verified).containsExactly(true, false);
        assertThat(row.accepted().get(0).orgType()).isEqualTo("Орган местного самоуправления");
        assertThat(row.accepted().get(0).oktmo()).isEqualTo("71876000");
        assertThat(row.accepted().get(0).followers()).hasValue(12345);
        assertThat(row.problems()).isEmpty();
    }

    @Test
    void problemInASharedCellIsReportedOnceAndRejectsEveryPageOfTheRow() {
        CheckedRow row = check(WIDE, "Школа", "8601010391", "", "", "Сургут",
                "https://vk.com/club1", "https://ok.ru/group/2", "да", "да", "", "");

        assertThat(row.accepted()).isEmpty();
        assertThat(row.rejected()).isEqualTo(2);
        assertThat(row.problems()).extracting(Problem::code, Problem::column, Problem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.R_INN_INVALID, "B", 2));
        assertThat(row.problems().get(0).message()).isEqualTo("ИНН 8601010391 не проходит проверку контрольной суммы: проверьте цифры");
    }

    @Test
    void problemInOnePagesCellRejectsOnlyThatPage() {
        CheckedRow row = check(WIDE, "Школа", ADM, "", "", "Сургут", "https://vk.com/id5", "https://ok.ru/group/2", "да", "да", "", "");

        assertThat(row.accepted()).extracting(PageRecord::pageKey).containsExactly("ok:group:2");
        assertThat(row.rejected()).isEqualTo(1);
        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_URL_PERSONAL);
    }

    @Test
    void wideRowWithAllUrlCellsBlankOrPlaceholdersIsOneRejectedRowWithUrlMissingOnce() {
        CheckedRow row = check(WIDE, "Школа", ADM, "", "", "Сургут", "нет", "-", "", "", "", "");

        assertThat(row.pageRows()).isEqualTo(1);
        assertThat(row.rejected()).isEqualTo(1);
        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_URL_MISSING);
    }

    @Test
    void rowWithExemptionGroundAndNoUrlIsNoPageRowButAnExemption() {
        CheckedRow row = check(WIDE, "МКУ «Архив»", ADM, "", "", "Урай", "", "", "", "", "", "Постановление № 5");

        assertThat(row.pageRows()).isZero();
        assertThat(row.problems()).isEmpty();
        assertThat(row.exemption()).hasValueSatisfying(e -> {
            assertThat(e.inn()).isEqualTo(ADM);
            assertThat(e.oktmo()).isEqualTo("71878000");
        });
    }

    @Test
    void everyRuleIsEvaluatedSoARowCanHaveSeveralProblems() {
        CheckedRow row = check(WIDE, "", "", "1027700132190", "Министерство чудес", "Тюмень",
                "https://facebook.com/x", "", "может быть", "", "много", "");

        assertThat(row.problems()).extracting(Problem::code).containsExactly(
                ProblemCode.R_ORG_MISSING, ProblemCode.R_INN_MISSING, ProblemCode.R_OGRN_INVALID, ProblemCode.R_ORGTYPE_UNKNOWN,
                ProblemCode.R_MUNICIPALITY_UNKNOWN, ProblemCode.R_PLATFORM_UNSUPPORTED, ProblemCode.R_VERIFIED_INVALID,
                ProblemCode.R_FOLLOWERS_INVALID);
        assertThat(row.problems()).extracting(Problem::severity).containsExactly(Severity.ERROR, Severity.ERROR,
                Severity.WARNING, Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.WARNING);
    }

    @Test
    void warningsAloneKeepThePageAndDropTheBadValues() {
        CheckedRow row = check(WIDE, "Школа", ADM, "1027700132190", "Непонятный тип", "Сургут",
                "https://vk.com/wall-123_45", "", "", "", "много", "");

        assertThat(row.accepted()).singleElement().satisfies(page -> {
            assertThat(page.pageKey()).isEqualTo("vk:group:123");
            assertThat(page.pageUrl()).isEqualTo("https://vk.com/club123");
            assertThat(page.ogrn()).isEmpty();
            assertThat(page.orgType()).isEqualTo("Иное");
            assertThat(page.verified()).isFalse();
            assertThat(page.followers()).isEmpty();
        });
        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_OGRN_INVALID,
                ProblemCode.R_ORGTYPE_UNKNOWN, ProblemCode.R_URL_INNER, ProblemCode.R_VERIFIED_BLANK, ProblemCode.R_FOLLOWERS_INVALID);
    }

    @Test
    void innThatLostItsLeadingZeroIsAcceptedPaddedWithAWarning() {
        CheckedRow row = check(LONG, "Организация", "108003670", "Сургут", "ВК", "https://vk.com/club7", "да");

        assertThat(row.accepted()).singleElement().extracting(PageRecord::inn).isEqualTo("0108003670");
        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_INN_PADDED);
    }

    @Test
    void platformColumnContradictingTheUrlHostIsAMismatch() {
        CheckedRow row = check(LONG, "Организация", ADM, "Сургут", "Одноклассники", "https://vk.com/club7", "да");

        assertThat(row.accepted()).isEmpty();
        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_PLATFORM_MISMATCH);
    }

    @Test
    void bareScreenNameIsAPageOnlyWhenThePlatformIsKnownFromTheRow() {
        assertThat(check(LONG, "Организация", ADM, "Сургут", "ВК", "@adm_surgut", "да").accepted())
                .extracting(PageRecord::pageUrl).containsExactly("https://vk.com/adm_surgut");
        assertThat(check(LONG, "Организация", ADM, "Сургут", "", "@adm_surgut", "да").problems())
                .extracting(Problem::code).containsExactly(ProblemCode.R_URL_INVALID);
    }

    @Test
    void unknownPlatformInThePlatformColumnIsUnsupported() {
        CheckedRow row = check(LONG, "Организация", ADM, "Сургут", "Фейсбук", "https://vk.com/club7", "да");

        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_PLATFORM_UNSUPPORTED);
        assertThat(row.accepted()).isEmpty();
    }

    @Test
    void severityChangedInTheProfileIsApplied() {
        JobProfile strict = new JobProfile(profile.carryOverMonths(), profile.schedule(), profile.limits(), profile.platforms(),
                profile.columns(), profile.yesNo(), profile.urlPlaceholders(), profile.orgTypes(),
                java.util.Map.of(ProblemCode.R_VERIFIED_BLANK, Severity.ERROR), profile.opendata());
        RowValidator strictValidator = new RowValidator(strict, Municipalities.load(Path.of("jobs/reference/municipalities.csv")),
                keys, PageAliases.none());
        SheetLayout layout = locator.locate(List.of(new RawRow(1, LONG))).orElseThrow();
        CheckedRow row = strictValidator.check(SubmittedRow.of(new Place("f.xlsx", "Лист1", 0, 2),
                new RawRow(2, new String[] {"Организация", ADM, "Сургут", "ВК", "https://vk.com/club7", ""}), layout));

        assertThat(row.accepted()).isEmpty();
        assertThat(row.problems()).extracting(Problem::severity).containsExactly(Severity.ERROR);
    }

    private CheckedRow check(String[] header, String... cells) {
        SheetLayout layout = locator.locate(List.of(new RawRow(1, header))).orElseThrow();
        return validator.check(SubmittedRow.of(new Place("f.xlsx", "Лист1", 0, 2), new RawRow(2, cells), layout));
    }
}
