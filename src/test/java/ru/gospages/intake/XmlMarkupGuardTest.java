package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import ru.gospages.problems.ProblemCode;

class XmlMarkupGuardTest {

    private static final int LIMIT = 1000;
    private static final String LONG = "q".repeat(LIMIT);

    @Test
    void aSheetPartPassesUnchangedWithItsCommentsCdataAndInstructions() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!-- written by a > tool -- > -->"
                + "<worksheet a='1 > 0' b=\"it's\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>"
                + "x".repeat(LIMIT - 10) + "</t></is></c><c><v><![CDATA[a <b> ]] ]> c]]></v></c></row></sheetData>"
                + "<?mso-application progid=\"Excel.Sheet\"?></worksheet>";
        assertThat(readThrough(xml.getBytes(StandardCharsets.UTF_8), LIMIT)).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLongTextIsTooLongSinceExcelWritesNoCellOverThirtyTwoThousandCharacters() {
        assertTooLong("<a>" + "é&lt;".repeat(LIMIT / 5) + "</a>");
    }

    @Test
    void piecesUnderTheLimitPassHoweverManyThereAre() throws IOException {
        byte[] xml = ("<a>" + ("<b x=\"" + "q".repeat(LIMIT / 3) + "\">" + "t".repeat(LIMIT / 3) + "</b>").repeat(100) + "</a>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(readThrough(xml, LIMIT)).isEqualTo(xml);
    }

    @Test
    void aLongAttributeIsTooLongEvenWhenFullOfClosingBrackets() {
        assertTooLong("<a x=\"" + ">".repeat(LIMIT) + "\"/>");
        assertTooLong("<a x='" + LONG + "'/>");
    }

    @Test
    void aLongElementNameIsTooLong() {
        assertTooLong("<a" + LONG + "/>");
    }

    @Test
    void aLongCommentIsTooLongEvenWhenFullOfMarkupCharacters() {
        assertTooLong("<a><!--" + "<b>-->".replace("-->", "->").repeat(LIMIT / 5) + "--></a>");
    }

    @Test
    void aLongCdataSectionIsTooLongEvenWhenFullOfMarkupCharacters() {
        assertTooLong("<a><![CDATA[" + "<b>]>".repeat(LIMIT / 5) + "]]></a>");
    }

    @Test
    void aLongProcessingInstructionIsTooLong() {
        assertTooLong("<a><?pi " + "<>".repeat(LIMIT) + "?></a>");
    }

    @Test
    void markupJustUnderTheLimitPasses() throws IOException {
        byte[] xml = ("<a x=\"" + "q".repeat(LIMIT - 10) + "\"/>").getBytes(StandardCharsets.UTF_8);
        assertThat(readThrough(xml, LIMIT)).isEqualTo(xml);
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        assertThatThrownBy(() -> readThrough("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a/>"
                .getBytes(StandardCharsets.UTF_8), LIMIT))
                .isInstanceOf(XmlMarkupGuard.RefusedXmlException.class).hasMessageContaining("document type");
    }

    @Test
    void utf16IsScannedByCodeUnitSoCharactersWithA3CByteAreNoMarkup() throws IOException {
        // U+4E3C is the bytes 3C 4E in UTF-16LE: a byte scan would see a '<' in every character
        byte[] text = ("\uFEFF<a>" + "<b>\u4E3C</b>".repeat(10 * LIMIT) + "</a>").getBytes(StandardCharsets.UTF_16LE);
        assertThat(readThrough(text, LIMIT)).isEqualTo(text);
        assertThatThrownBy(() -> readThrough(("\uFEFF<a x=\"" + "\u4E3C".repeat(LIMIT) + "\"/>")
                .getBytes(StandardCharsets.UTF_16LE), LIMIT))
                .isInstanceOf(XmlMarkupGuard.MarkupTooLongException.class);
        assertThatThrownBy(() -> readThrough(("<a x=\"" + "\u4E3C".repeat(LIMIT) + "\"/>")
                .getBytes(StandardCharsets.UTF_16BE), LIMIT))
                .isInstanceOf(XmlMarkupGuard.MarkupTooLongException.class);
    }

    @Test
    void utf32IsScannedByCodeUnit() {
        Charset utf32le = Charset.forName("UTF-32LE");
        assertThatThrownBy(() -> readThrough(("<a x=\"" + "\u3C3C".repeat(LIMIT) + "\"/>").getBytes(utf32le), LIMIT * 2))
                .isInstanceOf(XmlMarkupGuard.MarkupTooLongException.class);
    }

    @Test
    void ebcdicIsRefused() {
        assertThatThrownBy(() -> readThrough("<?xml version=\"1.0\" encoding=\"IBM037\"?><a/>".getBytes(Charset.forName("IBM037")), LIMIT))
                .isInstanceOf(XmlMarkupGuard.RefusedXmlException.class);
    }

    @Test
    void aPartShorterThanTheEncodingSignatureIsScanned() throws IOException {
        assertThat(readThrough("<a/".getBytes(StandardCharsets.UTF_8), LIMIT)).isEqualTo("<a/".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void throughTheParserAHugeAttributeFailsTheFileAsTooLargeWithoutFillingTheHeap() {
        // 100,000,000 characters: the JDK parser alone ran a 512 MB heap out of memory on this part
        InputStream part = new InputStream() {
            private final byte[] start = "<worksheet x=\"".getBytes(StandardCharsets.US_ASCII);
            private long sent;

            @Override
            public int read() {
                if (sent >= 100_000_000L) {
                    return -1;
                }
                long at = sent++;
                return at < start.length ? start[(int) at] : 'q';
            }
        };
        assertThatThrownBy(() -> {
            XMLStreamReader xml = SafeXml.reader(part);
            while (xml.next() != XMLStreamConstants.END_DOCUMENT) {
                // reading on
            }
        }).isInstanceOf(XMLStreamException.class)
                .satisfies(failure -> {
                    SubmissionException problem = FileProblems.failure(failure, FileProblems.DAMAGED_CONTENT);
                    assertThat(problem.code()).isEqualTo(ProblemCode.F_TOO_LARGE);
                    assertThat(problem.getMessage()).contains("длиннее 4 МБ");
                });
    }

    private static void assertTooLong(String xml) {
        assertThatThrownBy(() -> readThrough(xml.getBytes(StandardCharsets.UTF_8), LIMIT))
                .isInstanceOf(XmlMarkupGuard.MarkupTooLongException.class);
    }

    /** Reads a part through the guard in uneven pieces, as a parser does, and returns what came out. */
    private static byte[] readThrough(byte[] xml, int limit) throws IOException {
        try (InputStream in = new XmlMarkupGuard(new ByteArrayInputStream(xml), limit)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[7];
            int first = in.read();
            if (first >= 0) {
                out.write(first);
            }
            for (int n; (n = in.read(buffer, 0, 1 + out.size() % 7)) >= 0; ) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
