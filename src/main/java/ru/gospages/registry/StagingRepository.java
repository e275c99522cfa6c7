package ru.gospages.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Exemption;
import ru.gospages.rules.Municipality;
import ru.gospages.rules.PageRecord;
import ru.gospages.rules.Problem;

/**
 * What the intake of a period stores: accepted page rows, exemption rows, problems and the outcome
 * of each file, written in JDBC batches; and the clearing that makes a re-run replace a period.
 */
public class StagingRepository {

    private static final List<String> PERIOD_TABLES = List.of(
            "clearFiles", "clearStaging", "clearExemptions", "clearProblems", "clearRegistry", "clearChanges", "clearRun");
    private static final List<String> FILE_TABLES = List.of(
            "clearFileStaging", "clearFileExemptions", "clearFileProblems", "clearFile");

    /** Sequence numbers of merge findings: after any row's own problems. */
    private static final int MERGE_SEQ = 1_000_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Sql sql;

    public StagingRepository(NamedParameterJdbcTemplate jdbc, Sql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Removes everything a run of the period stored, so the period can be computed anew. */
    public void clearPeriod(String period) {
        PERIOD_TABLES.forEach(name -> jdbc.update(sql.get(name), Map.of("period", period)));
    }

    /** Removes what an earlier attempt stored for one file (a restarted or rejected file). */
    public void clearFile(String period, int fileOrd) {
        FILE_TABLES.forEach(name -> jdbc.update(sql.get(name), Map.of("period", period, "fileOrd", fileOrd)));
    }

    /** The reference list of municipalities, in its order, for joins and sorting. */
    public void replaceMunicipalities(List<Municipality> municipalities) {
        jdbc.update(sql.get("deleteMunicipalities"), Map.of());
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality m = municipalities.get(i);
            rows.add(new MapSqlParameterSource().addValue("oktmo", m.oktmo()).addValue("name", m.name())
                    .addValue("kind", m.kind().name().toLowerCase()).addValue("ord", i));
        }
        jdbc.batchUpdate(sql.get("insertMunicipality"), rows.toArray(SqlParameterSource[]::new));
    }

    /** Stores a chunk of checked rows of one file. */
    public void write(String period, int fileOrd, List<? extends CheckedRow> rows) {
        List<SqlParameterSource> pages = new ArrayList<>();
        List<SqlParameterSource> exemptions = new ArrayList<>();
        List<SqlParameterSource> problems = new ArrayList<>();
        for (CheckedRow row : rows) {
            for (PageRecord page : row.accepted()) {
                pages.add(page(period, fileOrd, page));
            }
            row.exemption().ifPresent(e -> exemptions.add(exemption(period, fileOrd, e)));
            long ord = InputOrder.of(fileOrd, row.place().sheetIndex(), row.place().row(), 0);
            for (int seq = 0; seq < row.problems().size(); seq++) {
                problems.add(problem(period, fileOrd, ord, seq, row.problems().get(seq)));
            }
        }
        batch("insertStagingPage", pages);
        batch("insertExemption", exemptions);
        batch("insertProblem", problems);
    }

    /** Stores problems that are not tied to a data row (file and sheet problems, duplicates). */
    public void writeProblems(String period, int fileOrd, long ord, List<Problem> problems) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int seq = 0; seq < problems.size(); seq++) {
            rows.add(problem(period, fileOrd, ord, seq, problems.get(seq)));
        }
        batch("insertProblem", rows);
    }

    /** Removes the duplicate findings of an earlier merge of the period. */
    public void clearMergeProblems(String period) {
        jdbc.update(sql.get("clearMergeProblems"), Map.of("period", period));
    }

    /** Stores the findings of the merge for one page row; they sort after the row's own problems. */
    public void writeMergeProblems(String period, int fileOrd, long ord, List<Problem> problems) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int seq = 0; seq < problems.size(); seq++) {
            rows.add(problem(period, fileOrd, ord, MERGE_SEQ + seq, problems.get(seq)));
        }
        batch("insertProblem", rows);
    }

    /** Removes the recorded outcome of one file, keeping its staged rows. */
    public void clearFileOutcome(String period, int fileOrd) {
        jdbc.update(sql.get("clearFile"), Map.of("period", period, "fileOrd", fileOrd));
    }

    /** Stores the outcome of one file. */
    public void writeFile(String period, int fileOrd, String fileName, boolean rejected, long read, long accepted, long exempt) {
        jdbc.update(sql.get("insertFile"), new MapSqlParameterSource()
                .addValue("period", period).addValue("fileOrd", fileOrd).addValue("fileName", Text.fit(fileName, 2000))
                .addValue("rejected", rejected).addValue("rowsRead", read).addValue("rowsAccepted", accepted)
                .addValue("rowsExempt", exempt));
    }

    private void batch(String statement, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql.get(statement), rows.toArray(SqlParameterSource[]::new));
        }
    }

    private static SqlParameterSource page(String period, int fileOrd, PageRecord page) {
        return new MapSqlParameterSource()
                .addValue("period", period)
                .addValue("ord", InputOrder.of(fileOrd, page.place().sheetIndex(), page.place().row(), page.urlColumn()))
                .addValue("fileOrd", fileOrd)
                .addValue("sheet", Text.fit(page.place().sheet(), 300))
                .addValue("rowNo", page.place().row())
                .addValue("col", ru.gospages.intake.CellText.columnLetter(page.urlColumn()))
                .addValue("pageKey", Text.fit(page.pageKey(), 300))
                .addValue("pageUrl", Text.fit(page.pageUrl(), 400))
                .addValue("writtenUrl", Text.fit(page.writtenUrl(), 1000))
                .addValue("platform", page.platform())
                .addValue("organization", Text.fit(page.organization(), 2000))
                .addValue("inn", page.inn())
                .addValue("ogrn", page.ogrn())
                .addValue("orgType", Text.fit(page.orgType(), 200))
                .addValue("oktmo", page.oktmo())
                .addValue("verified", page.verified())
                .addValue("followers", page.followers().isPresent() ? page.followers().getAsLong() : null);
    }

    private static SqlParameterSource exemption(String period, int fileOrd, Exemption exemption) {
        return new MapSqlParameterSource()
                .addValue("period", period)
                .addValue("ord", InputOrder.of(fileOrd, exemption.place().sheetIndex(), exemption.place().row(), 0))
                .addValue("fileOrd", fileOrd)
                .addValue("organization", Text.fit(exemption.organization(), 2000))
                .addValue("inn", exemption.inn())
                .addValue("oktmo", exemption.oktmo())
                .addValue("ground", Text.fit(exemption.ground(), 2000));
    }

    private static SqlParameterSource problem(String period, int fileOrd, long ord, int seq, Problem problem) {
        return new MapSqlParameterSource()
                .addValue("period", period).addValue("fileOrd", fileOrd).addValue("ord", ord).addValue("seq", seq)
                .addValue("fileName", Text.fit(problem.file(), 2000))
                .addValue("sheet", Text.fit(problem.sheet(), 300))
                .addValue("rowNo", problem.row())
                .addValue("col", Text.fit(problem.column(), 4))
                .addValue("value", Text.fit(problem.value(), 1000))
                .addValue("code", problem.code().code())
                .addValue("severity", problem.severity().label())
                .addValue("message", Text.fit(problem.message(), 4000));
    }
}
