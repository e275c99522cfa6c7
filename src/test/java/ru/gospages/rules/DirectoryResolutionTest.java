package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static ru.gospages.testing.Submissions.inn;
import static ru.gospages.testing.Submissions.ogrn;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import ru.gospages.testing.Submissions;

/** SPEC 13: each page row and exemption row resolved against the organisation directory before the row rules. */
class DirectoryResolutionTest {

    static final String ADM = inn("860202024");
    static final String ADM_OGRN = ogrn("102860200001");
    static final String SCHOOL = inn("861700001");
    static final String SCHOOL_OGRN = ogrn("102861700002");
    static final String ARCHIVE = inn("861500003");
    static final String STRANGER = inn("860100009");

    static final String[] LONG = {"Наименование организации", "ИНН", "ОГРН", "МО", "Ссылка на страницу", "Госметка"};
    static final String[] WIDE = {"Наименование организации", "ИНН", "ОГРН", "МО", "Ссылка на страницу ВКонтакте",
        "Ссылка на страницу в Одноклассниках", "Госметка ВК", "Госметка ОК", "Официальная страница не ведется на основании"};
    /** The federal «Госпаблики» export: OGRN, no INN and no municipality column. */
    static final String[] EXPORT = {"Уровень", "Учредитель", "Наименование подведомственной организации",
        "Официальная страница не ведется на основании", "ОГРН", "Сфера 1", "ID госпаблика", "Ссылка на госпаблик ВК",
        "Госметка (да/нет)", "Количество подписчиков"};

    final JobProfile profile = TestProfiles.standard();
    final PageKeys keys = PageKeys.of(profile);
    final Municipalities municipalities = Municipalities.load(Path.of("jobs/reference/municipalities.csv"));
    final HeaderLocator locator = new HeaderLocator(new HeaderMatcher(profile.columns(), keys::platformByWord));
    RowValidator validator;

    DirectoryResolutionTest(@TempDir Path dir) {
        Path file = Submissions.directory(dir.resolve("organizations.csv"),
                ADM + "," + ADM_OGRN + ",Администрация города Сургута,71876000,ОМСУ,да",
                SCHOOL + "," + SCHOOL_OGRN + ",МБОУ «СОШ № 1» п. Белый Яр,71826000,,",
                ARCHIVE + ",,МКУ «Архив»,71878000,,нет");
        OrganizationDirectory directory = OrganizationDirectory.of(file.toString(), municipalities, new OrgTypes(profile.orgTypes()));
        validator = new RowValidator(profile, municipalities, keys, PageAliases.none(), directory);
    }

    @Test
    void rule1AValidInnInTheDirectoryIsThatOrganisationWithItsOgrn() {
        CheckedRow row = check(LONG, "Администрация", ADM, "", "город Сургут", "https://vk.com/admsurgut", "да");

        assertThat(row.problems()).isEmpty();
        assertThat(row.accepted()).singleElement().satisfies(page -> {
            assertThat(page.inn()).isEqualTo(ADM);
            assertThat(page.ogrn()).isEqualTo(ADM_OGRN);
            assertThat(page.oktmo()).isEqualTo("71876000");
            // name and type stay as the row gives them
            assertThat(page.organization()).isEqualTo("Администрация");
            assertThat(page.orgType()).isEqualTo("Иное");
        });
    }

    @Test
    void rule2ABlankInnIsTakenFromTheDirectoryByOgrn() {
        CheckedRow row = check(LONG, "Школа", "", SCHOOL_OGRN, "Сургутский район", "https://vk.com/club1", "да");

        assertThat(row.accepted()).singleElement().extracting(PageRecord::inn).isEqualTo(SCHOOL);
        assertThat(row.problems()).extracting(Problem::code, Problem::column, Problem::severity)
                .containsExactly(tuple(ProblemCode.R_ORG_RESOLVED, "C", Severity.INFO));
        assertThat(row.problems().get(0).message())
                .isEqualTo("Взято из справочника организаций: ИНН " + SCHOOL + " по ОГРН " + SCHOOL_OGRN);
    }

    @Test
    void rule2WorksWithoutAnInnColumnToo() {
        String[] noInn = {"Наименование организации", "ОГРН", "МО", "Ссылка на страницу", "Госметка"};
        CheckedRow row = check(noInn, "Школа", SCHOOL_OGRN, "Сургутский р-н", "https://vk.com/club1", "да");

        assertThat(row.accepted()).singleElement().extracting(PageRecord::inn).isEqualTo(SCHOOL);
        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_ORG_RESOLVED);
    }

    @Test
    void rule3ABlankMunicipalityComesFromTheDirectoryWithOneResolvedProblemForInnAndMunicipality() {
        CheckedRow byInn = check(LONG, "Администрация", ADM, "", "", "https://vk.com/admsurgut", "да");
        CheckedRow byOgrn = check(LONG, "Школа", "", SCHOOL_OGRN, "", "https://vk.com/club1", "да");

        assertThat(byInn.accepted()).singleElement().extracting(PageRecord::oktmo).isEqualTo("71876000");
        assertThat(byInn.problems()).extracting(Problem::code, Problem::column).containsExactly(tuple(ProblemCode.R_ORG_RESOLVED, "D"));
        assertThat(byInn.problems().get(0).message()).isEqualTo("Взято из справочника организаций: муниципальное образование «город Сургут»");
        assertThat(byOgrn.accepted()).singleElement().satisfies(page -> {
            assertThat(page.inn()).isEqualTo(SCHOOL);
            assertThat(page.oktmo()).isEqualTo("71826000");
        });
        assertThat(byOgrn.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_ORG_RESOLVED);
        assertThat(byOgrn.problems().get(0).message()).isEqualTo("Взято из справочника организаций: ИНН " + SCHOOL
                + " по ОГРН " + SCHOOL_OGRN + "; муниципальное образование «Сургутский район»");
    }

    @Test
    void rule4AMunicipalityOrOgrnThatDiffersIsAMismatchAndTheDirectorysValueIsUsed() {
        CheckedRow row = check(LONG, "Администрация", ADM, SCHOOL_OGRN, "Сургутский район", "https://vk.com/admsurgut", "да");

        assertThat(row.accepted()).singleElement().satisfies(page -> {
            assertThat(page.oktmo()).isEqualTo("71876000");
            assertThat(page.ogrn()).isEqualTo(ADM_OGRN);
        });
        assertThat(row.problems()).extracting(Problem::code, Problem::column, Problem::severity).containsExactly(
                tuple(ProblemCode.R_ORG_MISMATCH, "C", Severity.WARNING), tuple(ProblemCode.R_ORG_MISMATCH, "D", Severity.WARNING));
        assertThat(row.problems().get(1).message()).isEqualTo("Муниципальное образование «Сургутский район» расходится "
                + "со справочником организаций для ИНН " + ADM + ": принято «город Сургут»");
    }

    @Test
    void rule4AnUnrecognisedMunicipalityTextIsAMismatchNotUnknownAndTheDirectorysValueIsUsed() {
        CheckedRow row = check(LONG, "Администрация", ADM, "", "Тюмень", "https://vk.com/admsurgut", "да");

        assertThat(row.accepted()).singleElement().extracting(PageRecord::oktmo).isEqualTo("71876000");
        assertThat(row.problems()).extracting(Problem::code, Problem::value).containsExactly(tuple(ProblemCode.R_ORG_MISMATCH, "Тюмень"));
    }

    @Test
    void rule5AValidInnNotInTheDirectoryIsUnknownAndTheRowIsCheckedAsBeforeEvenWhenItsOgrnIsKnown() {
        CheckedRow row = check(LONG, "Чужая", STRANGER, ADM_OGRN, "Урай", "https://vk.com/club9", "да");
        CheckedRow noMunicipality = check(LONG, "Чужая", STRANGER, "", "", "https://vk.com/club9", "да");

        assertThat(row.accepted()).singleElement().satisfies(page -> {
            assertThat(page.inn()).isEqualTo(STRANGER);
            assertThat(page.ogrn()).isEqualTo(ADM_OGRN);
            assertThat(page.oktmo()).isEqualTo("71878000");
        });
        assertThat(row.problems()).extracting(Problem::code, Problem::column, Problem::severity)
                .containsExactly(tuple(ProblemCode.R_ORG_UNKNOWN, "B", Severity.WARNING));
        assertThat(noMunicipality.accepted()).isEmpty();
        assertThat(noMunicipality.problems()).extracting(Problem::code)
                .containsExactly(ProblemCode.R_ORG_UNKNOWN, ProblemCode.R_MUNICIPALITY_MISSING);
    }

    @Test
    void anInnThatFailsItsChecksumIsInvalidWhateverTheOgrnSays() {
        CheckedRow row = check(LONG, "Администрация", "8602020241", ADM_OGRN, "", "https://vk.com/admsurgut", "да");

        assertThat(row.accepted()).isEmpty();
        assertThat(row.problems()).extracting(Problem::code)
                .containsExactly(ProblemCode.R_INN_INVALID, ProblemCode.R_MUNICIPALITY_MISSING);
    }

    @Test
    void aRowTheDirectoryCannotResolveIsCheckedExactlyAsBefore() {
        CheckedRow row = check(LONG, "Кто-то", "", ogrn("102860100099"), "", "https://vk.com/club9", "да");

        assertThat(row.accepted()).isEmpty();
        assertThat(row.problems()).extracting(Problem::code)
                .containsExactly(ProblemCode.R_INN_MISSING, ProblemCode.R_MUNICIPALITY_MISSING);
    }

    @Test
    void theOrganisationCellsOfAWideRowAreResolvedOnceForAllItsPages() {
        CheckedRow row = check(WIDE, "Школа", "", SCHOOL_OGRN, "", "https://vk.com/club1", "https://ok.ru/group/2", "да", "нет", "");

        assertThat(row.accepted()).hasSize(2).allSatisfy(page -> {
            assertThat(page.inn()).isEqualTo(SCHOOL);
            assertThat(page.oktmo()).isEqualTo("71826000");
        });
        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_ORG_RESOLVED);
    }

    @Test
    void anExemptionRowIsResolvedToo() {
        CheckedRow row = check(WIDE, "МКУ «Архив»", ARCHIVE, "", "", "", "", "", "", "Постановление № 5");

        assertThat(row.pageRows()).isZero();
        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_ORG_RESOLVED);
        assertThat(row.exemption()).hasValueSatisfying(e -> {
            assertThat(e.inn()).isEqualTo(ARCHIVE);
            assertThat(e.oktmo()).isEqualTo("71878000");
        });
    }

    @Test
    void theGospublikiExportIsReadInFullWithADirectory() {
        CheckedRow row = check(EXPORT, "Муниципальный", "Администрация", "МБОУ «СОШ № 1» п. Белый Яр", "", SCHOOL_OGRN,
                "Образование", "123", "https://vk.com/club1", "Да", "1 200");

        assertThat(row.accepted()).singleElement().satisfies(page -> {
            assertThat(page.inn()).isEqualTo(SCHOOL);
            assertThat(page.oktmo()).isEqualTo("71826000");
            assertThat(page.platform()).isEqualTo("vk");
            assertThat(page.verified()).isTrue();
            assertThat(page.followers()).hasValue(1200);
        });
        assertThat(row.problems()).extracting(Problem::code).containsExactly(ProblemCode.R_ORG_RESOLVED);
    }

    @Test
    void withoutADirectoryTheExportLacksInnAndMunicipalityAsBefore() {
        RowValidator plain = new RowValidator(profile, municipalities, keys, PageAliases.none());
        SheetLayout layout = locator.locate(List.of(new RawRow(1, EXPORT))).orElseThrow();

        CheckedRow row = plain.check(SubmittedRow.of(new Place("f.xlsx", "Лист1", 0, 2), new RawRow(2, new String[] {"Муниципальный",
            "Администрация", "МБОУ «СОШ № 1» п. Белый Яр", "", SCHOOL_OGRN, "Образование", "123", "https://vk.com/club1", "Да", ""}), layout));

        assertThat(row.accepted()).isEmpty();
        assertThat(row.problems()).extracting(Problem::code)
                .containsExactly(ProblemCode.R_INN_MISSING, ProblemCode.R_MUNICIPALITY_MISSING);
    }

    private CheckedRow check(String[] header, String... cells) {
        SheetLayout layout = locator.locate(List.of(new RawRow(1, header))).orElseThrow();
        return validator.check(SubmittedRow.of(new Place("f.xlsx", "Лист1", 0, 2), new RawRow(2, cells), layout));
    }
}
