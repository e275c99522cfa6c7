package ru.gospages.publish.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataVersionTest {

    @TempDir
    Path dir;

    @Test
    void theVersionOfAPeriodIsNamedAsTheLayoutNamesItsDataFile() {
        YearMonth period = YearMonth.of(2024, 2);
        DataVersion version = DataVersion.of(period);

        assertThat(version.asOf()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(version.key()).isEqualTo("data-20240229-structure-20221201");
        assertThat(version.fileName()).isEqualTo(new OpenDataLayout(dir, "8601010390")
                .dataFile(OpenDataLayout.OFFICIAL_PAGES, period).getFileName().toString());
        assertThat(DataVersion.parse(version.fileName())).contains(version);
    }

    @Test
    void namesThatAreNoDataVersionAreNotParsed() {
        assertThat(DataVersion.parse(".data-20221130-structure-20221201.csv.part")).isEmpty();
        assertThat(DataVersion.parse("data-20221130-structure-20221201.csv.tmp")).isEmpty();
        assertThat(DataVersion.parse("data-2022-11-30-structure-2022-12-01.csv")).isEmpty();
        assertThat(DataVersion.parse("data-20221131-structure-20221201.csv")).isEmpty();
        assertThat(DataVersion.parse("structure-20221201.csv")).isEmpty();
    }

    @Test
    void versionsInAFolderComeNewestFirst() throws IOException {
        for (String name : new String[] {"data-20221130-structure-20221201.csv", "data-20230131-structure-20221201.csv",
                "data-20221231-structure-20221201.csv", "meta.csv"}) {
            Files.writeString(dir.resolve(name), "");
        }

        assertThat(DataVersion.in(dir)).extracting(DataVersion::key).containsExactly("data-20230131-structure-20221201",
                "data-20221231-structure-20221201", "data-20221130-structure-20221201");
        assertThat(DataVersion.in(dir.resolve("absent"))).isEmpty();
    }
}
