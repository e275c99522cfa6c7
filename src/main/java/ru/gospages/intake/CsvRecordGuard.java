package ru.gospages.intake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading a CSV file at a record longer than a limit. commons-csv builds each record in
 * memory, so one endless line, or a quote that is never closed, would otherwise take the whole file
 * into the heap. Quotes are followed as RFC 4180 has them, to know where a record ends.
 */
final class CsvRecordGuard extends FilterReader {

    /** Thrown through commons-csv when a record is too long. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException(int limit) {
            super("a CSV record longer than " + limit + " characters");
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final char delimiter;
    private final int limit;
    private State state = State.FIELD_START;
    private int length;

    CsvRecordGuard(Reader in, char delimiter, int limit) {
        super(in);
        this.delimiter = delimiter;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            accept((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = in.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) {
            accept(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    private void accept(char c) throws RecordTooLongException {
        if (++length > limit) {
            throw new RecordTooLongException(limit);
        }
        boolean lineEnd = c == '\n' || c == '\r';
        switch (state) {
            case QUOTED -> state = c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED -> state = c == '"' ? State.QUOTED : fieldEnd(c, lineEnd, State.UNQUOTED);
            case FIELD_START -> state = c == '"' ? State.QUOTED : fieldEnd(c, lineEnd, State.UNQUOTED);
            case UNQUOTED -> state = fieldEnd(c, lineEnd, State.UNQUOTED);
        }
    }

    private State fieldEnd(char c, boolean lineEnd, State otherwise) {
        if (lineEnd) {
            length = 0;
            return State.FIELD_START;
        }
        return c == delimiter ? State.FIELD_START : otherwise;
    }
}
