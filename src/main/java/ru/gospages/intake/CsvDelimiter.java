package ru.gospages.intake;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the delimiter of a CSV file — {@code ;}, {@code ,} or tab — from its first 20 non-empty
 * records: the one found the same number of times in the most records, outside quotes. Russian
 * Excel writes {@code ;} and decimal commas, so consistency beats mere frequency.
 */
final class CsvDelimiter {

    static final char[] CANDIDATES = {';', ',', '\t'};
    private static final int SAMPLE_RECORDS = 20;
    private static final int SAMPLE_CHARS = 64 * 1024;

    private CsvDelimiter() {
    }

    /** Reads at most 64 K characters of the file's start. */
    static char detect(Reader in) throws IOException {
        char[] sample = new char[SAMPLE_CHARS];
        int length = 0;
        while (length < sample.length) {
            int n = in.read(sample, length, sample.length - length);
            if (n < 0) {
                return detect(new String(sample, 0, length), true);
            }
            length += n;
        }
        return detect(new String(sample, 0, length), false);
    }

    /** The delimiter of a sample; {@code complete} when the sample is the whole file, so its last record is whole too. */
    static char detect(String sample, boolean complete) {
        List<int[]> records = countPerRecord(sample, complete);
        char best = CANDIDATES[0];
        long bestScore = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            long score = consistency(records, c);
            if (score > bestScore) {
                best = CANDIDATES[c];
                bestScore = score;
            }
        }
        return best;
    }

    private static List<int[]> countPerRecord(String sample, boolean complete) {
        List<int[]> records = new ArrayList<>();
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean empty = true;
        for (int i = 0; i < sample.length() && records.size() < SAMPLE_RECORDS; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                quoted = !quoted; // a doubled quote flips twice: parity is all a count needs
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (!empty) {
                    records.add(counts);
                }
                counts = new int[CANDIDATES.length];
                empty = true;
                continue;
            } else if (!quoted) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    counts[c] += ch == CANDIDATES[c] ? 1 : 0;
                }
            }
            empty &= Character.isWhitespace(ch);
        }
        if (complete && !empty && records.size() < SAMPLE_RECORDS) {
            records.add(counts);
        }
        return records;
    }

    /** How many records share the most common non-zero count, then how large that count is. */
    private static long consistency(List<int[]> records, int candidate) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int[] counts : records) {
            if (counts[candidate] > 0) {
                frequency.merge(counts[candidate], 1, Integer::sum);
            }
        }
        long best = 0;
        for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
            best = Math.max(best, entry.getValue() * 1_000_000L + Math.min(entry.getKey(), 999_999));
        }
        return best;
    }
}
