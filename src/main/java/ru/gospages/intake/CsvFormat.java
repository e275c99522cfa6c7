package ru.gospages.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * CSV files (SPEC 4.1): encoding by {@link CsvEncoding}, delimiter by {@link CsvDelimiter}, RFC 4180
 * quoting, ragged rows as they come. The file is one sheet named after the file; rows are streamed.
 */
public final class CsvFormat implements SheetFormat {

    /** A record longer than this is no row of a page list: it fails the file rather than fill the heap. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1_000_000;

    private final int maxRecordChars;

    public CsvFormat() {
        this(DEFAULT_MAX_RECORD_CHARS);
    }

    public CsvFormat(int maxRecordChars) {
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("csv");
    }

    @Override
    public SheetCursor open(Path file, IntakeLimits limits) throws SubmissionException {
        FileChecks.checkSize(file, limits);
        Reader reader = null;
        try {
            CsvEncoding encoding = CsvEncoding.detect(file);
            char delimiter;
            try (Reader sample = reader(file, encoding)) {
                delimiter = CsvDelimiter.detect(sample);
            }
            reader = new CsvRecordGuard(reader(file, encoding), delimiter, maxRecordChars);
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
            return new CsvCursor(sheetName(file), parser, limits, maxRecordChars);
        } catch (SubmissionException e) {
            Quietly.close(reader);
            throw e;
        } catch (IOException | RuntimeException e) {
            Quietly.close(reader);
            throw FileProblems.failure(e, FileProblems.NO_ACCESS);
        }
    }

    /**
     * RFC 4180 with the delimiter found. Empty lines are kept as records so that record numbers
     * are the row numbers Excel shows for the file; the cursor skips them. Text after a closing
     * quote ({@code "a"b}) is kept, as Excel does; a quote left open is an error.
     */
    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .setLenientEof(false)
                .get();
    }

    /** The file name without its extension: a CSV file has one sheet and no sheet name of its own. */
    static String sheetName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Reader reader(Path file, CsvEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        // validated as UTF-8 already, or a single-byte code page: replacement only ever hits Windows-1251's one unused byte
        return new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
