package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.job.FilePartitioner.PartitionFile;
import ru.gospages.problems.Place;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;
import ru.gospages.registry.Database;
import ru.gospages.registry.FileOutcome;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.registry.Sql;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Exemption;
import ru.gospages.rules.PageRecord;
import ru.gospages.work.StageFolder;
import ru.gospages.work.StagedRows;
import ru.gospages.testing.Migrated;
import ru.gospages.testing.TestDatabase;

/**
 * The intake's writer records the end of a file within the chunk that ends it — its stage closed,
 * its outcome in {@code gp_file} — so that a partition Spring Batch has saved as complete never
 * lacks the outcome of one of its files.
 */
@Tag("database")
class StagingWriterTest {

    static final String PERIOD = "2023-03";

    @TempDir
    Path dir;

    FileOutcomes outcomes;
    StageFolder folder;
    FileStage stage;
    StagingWriter writer;

    final PartitionFile first = new PartitionFile(1, new SubmissionFile(Path.of("a.xlsx"), "a.xlsx"));
    final PartitionFile second = new PartitionFile(2, new SubmissionFile(Path.of("b.csv"), "b.csv"));

    @BeforeEach
    void partition() {
        DriverManagerDataSource dataSource = (DriverManagerDataSource) TestDatabase.fresh("staging").dataSource();
        Migrated.migrate(dataSource);
        outcomes = new FileOutcomes(new NamedParameterJdbcTemplate(dataSource), new Sql(Database.of(dataSource)));
        folder = new StageFolder(dir, PERIOD);
        stage = new FileStage(folder, List.of(first, second));
        stage.open();
        writer = new StagingWriter(stage, outcomes, PERIOD);
    }

    @Test
    void aFileEndedInAChunkIsStagedAndRecordedByThatChunkWhileTheNextFileStaysOpen() throws Exception {
        writer.write(new Chunk<>(List.of(row("a.xlsx", 2), row("a.xlsx", 3),
                end(first, null, List.of(sheetWarning("a.xlsx")), 2, 2), row("b.csv", 2))));

        assertThat(outcomes.files(PERIOD)).containsExactly(new FileOutcome(1, "a.xlsx", false));
        assertThat(rowsStaged(1)).containsExactly(2, 3);
        assertThat(StagedRows.readProblems(folder.fileProblems(1))).extracting(Problem::code).containsExactly(ProblemCode.F_NO_HEADER);
        assertThat(folder.fileProblems(2)).doesNotExist();

        writer.write(new Chunk<>(List.of(row("b.csv", 3), end(second, null, List.of(), 2, 2))));
        stage.close();

        assertThat(outcomes.files(PERIOD)).containsExactly(new FileOutcome(1, "a.xlsx", false), new FileOutcome(2, "b.csv", false));
        assertThat(rowsStaged(2)).containsExactly(2, 3);
    }

    @Test
    void aFileRejectedAfterSomeOfItsRowsWereStagedKeepsOnlyItsFileProblem() throws Exception {
        writer.write(new Chunk<>(List.of(row("a.xlsx", 2), row("a.xlsx", 3))));
        Problem tooLarge = Problem.ofFile("a.xlsx", ProblemCode.F_TOO_LARGE, Severity.ERROR, "слишком много строк");
        writer.write(new Chunk<>(List.of(row("a.xlsx", 4), end(first, tooLarge, List.of(), 3, 3))));

        assertThat(outcomes.files(PERIOD)).containsExactly(new FileOutcome(1, "a.xlsx", true));
        assertThat(folder.rows(1)).doesNotExist();
        assertThat(StagedRows.readProblems(folder.fileProblems(1))).containsExactly(tooLarge);
    }

    private List<Integer> rowsStaged(int ord) {
        List<Integer> rows = new ArrayList<>();
        StagedRows.read(folder.rows(ord), "any", new StagedRows.Visitor() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void page(PageRecord page) {
                rows.add(page.place().row());
            }

            @Override
            public void exemption(Exemption exemption) {
            }
        });
        return rows;
    }

    private static IntakeItem row(String file, int row) {
        Place place = new Place(file, "Лист1", 0, row);
        PageRecord page = new PageRecord(place, 4, "Школа № " + row, "8601010390", "", "", "71871000", "vk",
                "vk:club:" + row, "https://vk.com/club" + row, "vk.com/club" + row, true, OptionalLong.empty());
        return new IntakeItem.Row(new CheckedRow(place, List.of(page), 0, List.of(), Optional.empty()));
    }

    private static IntakeItem end(PartitionFile file, Problem rejection, List<Problem> sheetProblems, long read, long accepted) {
        return new IntakeItem.FileEnd(file, rejection, sheetProblems, read, accepted, 0);
    }

    private static Problem sheetWarning(String file) {
        return new Problem(file, "Лист2", 0, "", "", ProblemCode.F_NO_HEADER, Severity.WARNING, "На листе нет заголовка");
    }
}
