package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SharedStringsTest {

    private static final String TABLE = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>Администрация</t></si>"
            + "<si><r><t>ГБУ </t></r><r><rPr><b/></rPr><t>«Школа»</t></r><rPh><t>ふりがな</t></rPh></si>"
            + "<si><t/></si>"
            + "<si><t>a_x000D_b \uD83D\uDE00</t></si>"
            + "</sst>";

    @Test
    void readsPlainAndRichTextItemsWithoutPhoneticGuides() throws Exception {
        SharedStrings strings = SharedStrings.read(stream(TABLE));

        assertThat(strings.get("0")).isEqualTo("Администрация");
        assertThat(strings.get("1")).isEqualTo("ГБУ «Школа»");
        assertThat(strings.get("2")).isEmpty();
        assertThat(strings.get("3")).isEqualTo("a\rb \uD83D\uDE00");
        assertThat(strings.get("4")).isNull();
        assertThat(strings.get("x")).isNull();
    }

    @Test
    void givesTheSameStringsOnceTheTableMovesToATemporaryFile() throws Exception {
        SharedStrings strings = SharedStrings.read(stream(TABLE), 5);

        assertThat(strings.get("0")).isEqualTo("Администрация");
        assertThat(strings.get("1")).isEqualTo("ГБУ «Школа»");
        assertThat(strings.get("2")).isEmpty();
        assertThat(strings.get("3")).isEqualTo("a\rb \uD83D\uDE00");
        assertThat(strings.get("4")).isNull();
        assertThat(strings.get("-1")).isNull();
    }

    @Test
    void cutsAStringLongerThanExcelsCellLimit() throws Exception {
        String table = "<sst><si><t>" + "я".repeat(100_000) + "</t></si></sst>";

        assertThat(SharedStrings.read(stream(table)).get("0")).hasSize(CellValues.MAX_CELL_CHARS);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
