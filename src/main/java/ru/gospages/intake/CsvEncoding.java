package ru.gospages.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The character encoding of a CSV file (SPEC 4.1): a byte-order mark decides (UTF-8, and UTF-16
 * too, which Excel writes as "Unicode text"); else UTF-8 when the whole file decodes strictly as
 * UTF-8; else Windows-1251, the Russian Excel's "CSV (разделители – запятые)".
 */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final int SAMPLE_BYTES = 8192;
    private static final Set<FileMagic> BINARY =
            EnumSet.of(FileMagic.OLE2, FileMagic.OOXML, FileMagic.PDF, FileMagic.PNG, FileMagic.JPEG, FileMagic.GIF);

    /**
     * Detects the encoding in one streaming pass. A file that starts like a zip, OLE2 or another
     * binary format, or whose first 8 KB are one-eighth NUL bytes, is binary: F-UNREADABLE. Fewer
     * NULs are stray bytes of a faulty export, and the reader drops them.
     */
    static CsvEncoding detect(Path file) throws IOException, SubmissionException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (isBinary(head)) {
            throw FileProblems.unreadable(FileProblems.BINARY_CSV);
        }
        return new CsvEncoding(isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251, 0);
    }

    private static boolean isBinary(byte[] head) {
        // only signatures no text starts with: BMP's is "BM", which a CSV line may well begin with
        if (BINARY.contains(FileMagic.valueOf(head))) {
            return true;
        }
        int nuls = 0;
        for (byte b : head) {
            nuls += b == 0 ? 1 : 0;
        }
        return nuls * 8 >= head.length && nuls > 0;
    }

    /** Decodes the whole file with a reporting decoder into a small reusable buffer: no 200 MB string. */
    private static boolean isStrictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        }
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
