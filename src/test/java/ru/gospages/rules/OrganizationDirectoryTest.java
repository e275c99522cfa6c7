package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.gospages.testing.Submissions.inn;
import static ru.gospages.testing.Submissions.ogrn;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.profile.TestProfiles;
import ru.gospages.testing.Submissions;

/** SPEC 13: the directory file read, its optional default, and every bad line named. */
class OrganizationDirectoryTest {

    final Municipalities municipalities = Municipalities.load(Path.of("jobs/reference/municipalities.csv"));
    final OrgTypes orgTypes = new OrgTypes(TestProfiles.standard().orgTypes());

    @TempDir
    Path dir;

    @Test
    void linesAreReadWithTheirCanonicalTypeAndObligationBlankMeaningYes() {
        Path file = Submissions.directory(dir.resolve("o.csv"),
                inn("860202024") + "," + ogrn("102860200001") + ",Администрация,71876000,ОМСУ,",
                "\"" + inn("861700001") + "\",,\"Школа, п. Белый Яр\",71826000,,Нет");

        OrganizationDirectory directory = OrganizationDirectory.of(file.toString(), municipalities, orgTypes);

        assertThat(directory.present()).isTrue();
        assertThat(directory.entries()).containsExactly(
                new DirectoryEntry(inn("860202024"), ogrn("102860200001"), "Администрация", "71876000",
                        "Орган местного самоуправления", true, 2),
                new DirectoryEntry(inn("861700001"), "", "Школа, п. Белый Яр", "71826000", "", false, 3));
        assertThat(directory.byOgrn(ogrn("102860200001"))).map(DirectoryEntry::inn).hasValue(inn("860202024"));
    }

    @Test
    void everyBadLineIsNamedWithItsColumn() {
        Path file = Submissions.directory(dir.resolve("o.csv"),
                "8602020241,,Плохой ИНН,71876000,,",
                inn("860202024") + ",1028602000012,Плохой ОГРН,71876000,,",
                inn("860202024") + ",,Повтор ИНН,71999000,Министерство,может быть",
                inn("861700001") + ",,,71826000,,да");

        assertThatThrownBy(() -> OrganizationDirectory.of(file.toString(), municipalities, orgTypes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ошибки (7)")
                .hasMessageContaining("строка 2, столбец inn: ИНН 8602020241 не проходит проверку контрольной суммы")
                .hasMessageContaining("строка 3, столбец ogrn: ОГРН 1028602000012 не проходит проверку контрольной суммы")
                .hasMessageContaining("строка 4, столбец inn: ИНН " + inn("860202024") + " уже указан в строке 3")
                .hasMessageContaining("строка 4, столбец oktmo: ОКТМО «71999000» нет в справочнике")
                .hasMessageContaining("строка 4, столбец org_type: тип «Министерство» не из списка")
                .hasMessageContaining("строка 4, столбец obligated: значение «может быть»")
                .hasMessageContaining("строка 5, столбец name: не указано наименование");
    }

    @Test
    void aDuplicateOgrnIsABadLine() {
        String shared = ogrn("102860200001");
        Path file = Submissions.directory(dir.resolve("o.csv"),
                inn("860202024") + "," + shared + ",А,71876000,,", inn("861700001") + "," + shared + ",Б,71826000,,");

        assertThatThrownBy(() -> OrganizationDirectory.of(file.toString(), municipalities, orgTypes))
                .hasMessageContaining("строка 3, столбец ogrn: ОГРН " + shared + " уже указан в строке 2");
    }

    @Test
    void aNamedFileMustExistButNoneTurnsTheDirectoryOff() {
        assertThatThrownBy(() -> OrganizationDirectory.of(dir.resolve("missing.csv").toString(), municipalities, orgTypes))
                .hasMessageContaining("не найден");
        assertThat(OrganizationDirectory.of("none", municipalities, orgTypes).present()).isFalse();
    }

    @Test
    void withoutASettingTheSampleDirectoryInJobsReferenceIsRead() {
        OrganizationDirectory directory = OrganizationDirectory.of("", municipalities, orgTypes);

        assertThat(directory.present()).isTrue();
        assertThat(directory.entries()).hasSize(73).filteredOn(e -> !e.obligated()).hasSize(1);
    }

    @Test
    void aFileWithoutTheColumnsIsRefused() {
        Path file = dir.resolve("o.csv");
        Submissions.csvUtf8(file, java.util.List.of(Submissions.row("ИНН", "Наименование"), Submissions.row(inn("860202024"), "А")));

        assertThatThrownBy(() -> OrganizationDirectory.of(file.toString(), municipalities, orgTypes))
                .hasMessageContaining("нужны столбцы inn,ogrn,name,oktmo,org_type,obligated");
    }
}
