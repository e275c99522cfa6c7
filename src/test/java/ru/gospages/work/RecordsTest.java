package ru.gospages.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What RecordOutput writes, RecordInput reads back the same, in order. */
class RecordsTest {

    @Test
    void everyKindOfValueRoundTripsAcrossBufferBoundaries() {
        char[] huge = new char[200_000];
        Arrays.fill(huge, 'ж');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RecordOutput out = RecordOutput.of(bytes)) {
            for (int i = 0; i < 10_000; i++) {
                out.tag('R').string("Школа № " + i).string("").string(null).integer(-i).number(Long.MIN_VALUE + i)
                        .flag(i % 2 == 0).optionalNumber(i % 3 == 0 ? OptionalLong.empty() : OptionalLong.of(i));
            }
            out.tag('H').string(new String(huge)).string("после");
        }
        try (RecordInput in = RecordInput.of(new ByteArrayInputStream(bytes.toByteArray()), "test")) {
            for (int i = 0; i < 10_000; i++) {
                assertThat(in.tag()).isEqualTo('R');
                assertThat(in.string()).isEqualTo("Школа № " + i);
                assertThat(in.string()).isEmpty();
                assertThat(in.string()).isEmpty();
                assertThat(in.integer()).isEqualTo(-i);
                assertThat(in.number()).isEqualTo(Long.MIN_VALUE + i);
                assertThat(in.flag()).isEqualTo(i % 2 == 0);
                assertThat(in.optionalNumber()).isEqualTo(i % 3 == 0 ? OptionalLong.empty() : OptionalLong.of(i));
            }
            assertThat(in.tag()).isEqualTo('H');
            assertThat(in.string()).isEqualTo(new String(huge));
            assertThat(in.string()).isEqualTo("после");
            assertThat(in.tag()).isEqualTo(-1);
        }
    }

    @Test
    void aSlotGivesBackTheLastStringWhenItsBytesRepeatAndReadsAnyOtherAsWritten() {
        String[] values = {"Школа № 1", "Школа № 1", "", "", "Школа № 12", "Школа № 1", "ж".repeat(100_000), "ж".repeat(100_000), "Школа № 1"};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RecordOutput out = RecordOutput.of(bytes)) {
            for (String value : values) {
                out.string(value).string(value + "!");
            }
        }
        try (RecordInput in = RecordInput.of(new ByteArrayInputStream(bytes.toByteArray()), "test")) {
            String previous = null;
            for (int i = 0; i < values.length; i++) {
                String read = in.string(0);
                assertThat(read).isEqualTo(values[i]);
                assertThat(in.string(RecordInput.SLOTS - 1)).isEqualTo(values[i] + "!");
                if (i > 0 && values[i].equals(values[i - 1])) {
                    assertThat(read).isSameAs(previous);
                }
                previous = read;
            }
        }
    }

    @Test
    void aStreamCutInsideARecordSaysSo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RecordOutput out = RecordOutput.of(bytes)) {
            out.tag('R').string("организация");
        }
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), 8);
        try (RecordInput in = RecordInput.of(new ByteArrayInputStream(cut), "stage file")) {
            assertThat(in.tag()).isEqualTo('R');
            assertThatThrownBy(in::string).isInstanceOf(IllegalStateException.class).hasMessageContaining("stage file");
        }
    }

    @Test
    void aNewFileReplacesAnOldOneOfTheSameNameWhollyEvenALongerOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rows.bin");
        try (RecordOutput out = RecordOutput.create(file)) {
            for (int i = 0; i < 1_000; i++) {
                out.tag('R').string("старая строка " + i);
            }
        }
        long old = Files.size(file);
        try (RecordOutput out = RecordOutput.create(file)) {
            out.tag('N').string("новая");
        }
        assertThat(Files.size(file)).isLessThan(old);
        try (RecordInput in = RecordInput.open(file)) {
            assertThat(in.tag()).isEqualTo('N');
            assertThat(in.string()).isEqualTo("новая");
            assertThat(in.tag()).isEqualTo(-1);
        }
    }
}
