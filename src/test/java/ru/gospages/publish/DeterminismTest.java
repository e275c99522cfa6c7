package ru.gospages.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.publish.files.CsvTableWriter;
import ru.gospages.publish.files.XlsxTableWriter;
import ru.gospages.publish.opendata.RegistryTable;
import ru.gospages.publish.summary.RunCounts;
import ru.gospages.publish.summary.Summary;
import ru.gospages.publish.summary.SummaryJson;
import ru.gospages.publish.summary.SummaryJsonTest;

/** SPEC 6.2: the same input gives byte-identical files; only summary.json's run block may differ. */
class DeterminismTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 11, 30);

    @TempDir
    Path dir;

    @Test
    void csvWrittenTwiceIsByteIdentical() throws IOException {
        CsvTableWriter writer = new CsvTableWriter();
        writer.write(RegistryTable.table(), PublishFixtures.generatedPages(500), dir.resolve("a.csv"));
        writer.write(RegistryTable.table(), PublishFixtures.generatedPages(500), dir.resolve("b.csv"));

        assertThat(dir.resolve("a.csv")).hasSameBinaryContentAs(dir.resolve("b.csv"));
    }

    @Test
    void workbookWrittenTwiceSecondsApartIsByteIdentical() throws Exception {
        XlsxTableWriter writer = new XlsxTableWriter(AS_OF);
        writer.write(RegistryTable.table(), PublishFixtures.generatedPages(500), dir.resolve("a.xlsx"));
        // zip entry times have a two-second resolution: without the fix the two files would differ
        Thread.sleep(2_100);
        new XlsxTableWriter(AS_OF).write(RegistryTable.table(), PublishFixtures.generatedPages(500), dir.resolve("b.xlsx"));

        assertThat(dir.resolve("a.xlsx")).hasSameBinaryContentAs(dir.resolve("b.xlsx"));
    }

    @Test
    void workbooksOfDifferentPeriodsDifferOnlyBecauseOfTheirDate() throws IOException {
        new XlsxTableWriter(AS_OF).write(RegistryTable.table(), PublishFixtures.generatedPages(5), dir.resolve("a.xlsx"));
        new XlsxTableWriter(LocalDate.of(2022, 12, 31))
                .write(RegistryTable.table(), PublishFixtures.generatedPages(5), dir.resolve("b.xlsx"));

        assertThat(Files.readAllBytes(dir.resolve("a.xlsx"))).isNotEqualTo(Files.readAllBytes(dir.resolve("b.xlsx")));
    }

    @Test
    void summaryOfTheSameRunIsIdenticalApartFromTheRunBlock() {
        SummaryJson json = new SummaryJson();
        RunCounts first = SummaryJsonTest.yugraCounts();
        RunCounts rerun = new RunCounts(first.period(), first.files(), first.rows(), first.carriedOver(),
                first.problems(), first.changes(), Instant.parse("2023-01-15T10:20:30Z"), Duration.ofSeconds(9));

        String a = json.toJson(Summary.of(SummaryJsonTest.yugraFigures(), first));
        String b = json.toJson(Summary.of(SummaryJsonTest.yugraFigures(), rerun));

        assertThat(a).isNotEqualTo(b);
        assertThat(withoutRun(a)).isEqualTo(withoutRun(b));
        assertThat(json.toJson(Summary.of(SummaryJsonTest.yugraFigures(), first))).isEqualTo(a);
    }

    private static String withoutRun(String json) {
        return json.substring(0, json.indexOf("\"run\""));
    }
}
