package ru.gospages.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.profile.TestProfiles;
import ru.gospages.registry.RegistryPage;
import ru.gospages.work.StageFolder;

class RegistryDraftsTest {

    private static final YearMonth PERIOD = YearMonth.of(2024, 1);
    private static final int PAGES = 3_210;

    @TempDir
    Path dir;

    @Test
    void draftsHandedOnToTheOutputsStepAreWholeOnceAwaitedAndTheSameBytesAsDraftsWaitedForInPlace() throws IOException {
        StageFolder inPlace = stage("in-place");
        try (RegistryDrafts drafts = new RegistryDrafts(inPlace, PERIOD, TestProfiles.standard().platforms())) {
            feed(drafts);
        }

        StageFolder handedOn = stage("handed-on");
        RegistryDrafts.Written written;
        try (RegistryDrafts drafts = new RegistryDrafts(handedOn, PERIOD, TestProfiles.standard().platforms())) {
            feed(drafts);
            drafts.end();
            written = drafts.handOver();
        }
        written.await();

        assertThat(Files.readAllBytes(handedOn.draftRegistryCsv())).isEqualTo(Files.readAllBytes(inPlace.draftRegistryCsv()));
        assertThat(Files.readAllBytes(handedOn.draftRegistryXlsx())).isEqualTo(Files.readAllBytes(inPlace.draftRegistryXlsx()));
        try (XSSFWorkbook workbook = XlsxFiles.open(handedOn.draftRegistryXlsx())) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(PAGES);
        }
        assertThat(Files.readAllLines(handedOn.draftRegistryCsv())).hasSize(PAGES + 1);
    }

    @Test
    void awaitingTheHandedOnDraftsAgainReturnsAtOnce() throws IOException {
        StageFolder stage = stage("twice");
        RegistryDrafts.Written written;
        try (RegistryDrafts drafts = new RegistryDrafts(stage, PERIOD, TestProfiles.standard().platforms())) {
            feed(drafts);
            written = drafts.handOver();
        }
        written.await();
        long size = Files.size(stage.draftRegistryXlsx());
        written.await();
        assertThat(Files.size(stage.draftRegistryXlsx())).isEqualTo(size).isPositive();
    }

    private StageFolder stage(String name) throws IOException {
        StageFolder stage = new StageFolder(dir.resolve(name), PERIOD.toString());
        Files.createDirectories(stage.draftRegistryCsv().getParent());
        return stage;
    }

    private static void feed(RegistryDrafts drafts) {
        Iterator<RegistryPage> pages = PublishFixtures.generatedPages(PAGES);
        pages.forEachRemaining(drafts);
    }
}
