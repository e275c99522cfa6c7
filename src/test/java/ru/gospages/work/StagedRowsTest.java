package ru.gospages.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.problems.Place;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Exemption;
import ru.gospages.rules.PageRecord;

/** A file's stage read back: the merge's undecoded copy of the problems holds what the decoded reading gives. */
class StagedRowsTest {

    @TempDir
    Path dir;

    @Test
    void problemsCopiedUndecodedReadBackAsWrittenWhileThePagesReachTheVisitor() {
        Path stage = dir.resolve("rows");
        List<Problem> written = new ArrayList<>();
        try (StagedRows.Writer writer = new StagedRows.Writer(stage)) {
            List<CheckedRow> rows = new ArrayList<>();
            for (int row = 2; row < 3_000; row++) {
                Place place = new Place("файл.xlsx", "Лист1", 0, row);
                Problem problem = new Problem("файл.xlsx", "Лист1", row, "C", "86000000" + row, ProblemCode.R_ORG_UNKNOWN,
                        Severity.WARNING, "Организации с ИНН 86000000" + row + " нет в справочнике «" + "ж".repeat(row % 50) + "»");
                written.add(problem);
                PageRecord page = new PageRecord(place, 4, "Школа № " + row, "8601010390", "", "", "71871000", "vk",
                        "vk:club:" + row, "https://vk.com/club" + row, "vk.com/club" + row, true, OptionalLong.of(row));
                rows.add(new CheckedRow(place, List.of(page), 0, List.of(problem), Optional.empty()));
            }
            writer.write(rows);
        }
        Path copied = dir.resolve("problems");
        List<Integer> pages = new ArrayList<>();
        List<Problem> handedOver = new ArrayList<>();
        try (RecordOutput out = RecordOutput.create(copied)) {
            StagedRows.read(stage, "файл.xlsx", new StagedRows.Visitor() {
                @Override
                public void problem(Problem problem) {
                    handedOver.add(problem);
                }

                @Override
                public void page(PageRecord page) {
                    pages.add(page.place().row());
                }

                @Override
                public void exemption(Exemption exemption) {
                }
            }, out);
        }
        List<Problem> readBack = new ArrayList<>();
        try (RecordInput in = RecordInput.open(copied)) {
            for (int tag = in.tag(); tag >= 0; tag = in.tag()) {
                readBack.add(StagedRows.readProblem(in));
            }
        }
        assertThat(handedOver).isEmpty();
        assertThat(readBack).isEqualTo(written);
        assertThat(pages).hasSize(2_998).startsWith(2, 3).endsWith(2_999);
    }
}
