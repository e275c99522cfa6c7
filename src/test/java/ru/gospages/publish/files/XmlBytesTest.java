package ru.gospages.publish.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlBytesTest {

    @Test
    void textEscapesMarkupAndCarriageReturnOnly() throws IOException {
        assertThat(text("a & b < c > d \"e\" 'f'\r\n\tg")).isEqualTo("a &amp; b &lt; c &gt; d \"e\" 'f'&#xd;\n\tg");
    }

    @Test
    void attributeAlsoEscapesWhatAttributeValuesWouldLose() throws IOException {
        assertThat(written(xml -> xml.attribute("\"x\"\t\n\r&"))).isEqualTo("&quot;x&quot;&#x9;&#xa;&#xd;&amp;");
    }

    @Test
    void cyrillicAndCharactersBeyondTheBasicPlaneAreUtf8() throws IOException {
        String text = "Сургут · ё € 😀 \u00A0";

        assertThat(bytes(xml -> xml.text(text))).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void charactersXmlCannotHoldBecomeQuestionMarks() throws IOException {
        assertThat(text("\u0000\u0008\u000B\u000C\u001F|\uFFFE\uFFFF|\uD83D|\uDE00|\uD83Dx")).isEqualTo("?????|??|?|?|?x");
    }

    @Test
    void textLongerThanTheBufferIsWrittenWhole() throws IOException {
        String text = "ж".repeat(200_000);

        assertThat(text(text)).isEqualTo(text);
    }

    @Test
    void manySmallPiecesAreFlushedInOrder() throws IOException {
        String written = written(xml -> {
            for (int i = 0; i < 100_000; i++) {
                xml.markup("<n>").text(Integer.toString(i)).markup("</n>");
            }
        });

        assertThat(written).startsWith("<n>0</n><n>1</n>").endsWith("<n>99999</n>").hasSize(1_188_890);
    }

    private static String text(String text) throws IOException {
        return written(xml -> xml.text(text));
    }

    private static String written(Content content) throws IOException {
        return new String(bytes(content), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlBytes xml = new XmlBytes(out);
        content.writeTo(xml);
        xml.flush();
        return out.toByteArray();
    }

    private interface Content {
        void writeTo(XmlBytes xml) throws IOException;
    }
}
