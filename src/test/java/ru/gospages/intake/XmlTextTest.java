package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void aValueInOneEventComesWhole() throws Exception {
        assertThat(textOf("<v>8601010390</v>")).isEqualTo("8601010390");
        assertThat(textOf("<v></v>")).isEmpty();
    }

    @Test
    void aValueInSeveralEventsIsJoined() throws Exception {
        assertThat(textOf("<v>a&amp;b<![CDATA[<c>]]>d&#1071;</v>")).isEqualTo("a&b<c>dЯ");
    }

    @Test
    void textPastExcelsCellLimitIsDroppedWhetherItCameInOneEventOrMany() throws Exception {
        assertThat(textOf("<v>" + "я".repeat(100_000) + "</v>")).hasSize(CellValues.MAX_CELL_CHARS);
        String many = "<v>" + "я&amp;".repeat(40_000) + "</v>";
        assertThat(textOf(many)).hasSize(CellValues.MAX_CELL_CHARS).startsWith("я&я&").endsWith("я");
    }

    /** The text of the root element, as the sheet reader takes a cell value. */
    private static String textOf(String xml) throws Exception {
        XMLStreamReader reader = SafeXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        while (reader.next() != XMLStreamConstants.START_ELEMENT) {
            // the prolog
        }
        return SafeXml.text(reader);
    }
}
