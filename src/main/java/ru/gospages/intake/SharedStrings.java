package ru.gospages.intake;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings table of an XLSX workbook, which cells refer to by index in any order. A small
 * table is held as strings; past {@link #MEMORY_LIMIT_CHARS} it moves to a memory-mapped temporary
 * file, since a workbook with a million distinct names would otherwise need a gigabyte of heap.
 * Unlike POI's {@code ReadOnlySharedStringsTable}, a lookup makes no rich-text object, and each
 * string is cut to Excel's cell limit once.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings(List.of(), null, null);
    /** About 8 MB of heap; measured at 91 MB live for 200,000 rows of distinct names and URLs. */
    static final int MEMORY_LIMIT_CHARS = 4 * 1024 * 1024;

    private final List<String> strings;
    private final CharBuffer mapped;
    private final int[] offsets;

    private SharedStrings(List<String> strings, CharBuffer mapped, int[] offsets) {
        this.strings = strings;
        this.mapped = mapped;
        this.offsets = offsets;
    }

    /** Reads a {@code sharedStrings.xml} part. */
    static SharedStrings read(InputStream part) throws IOException, XMLStreamException {
        return read(part, MEMORY_LIMIT_CHARS);
    }

    static SharedStrings read(InputStream part, int memoryLimitChars) throws IOException, XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(part);
        try {
            List<String> strings = new ArrayList<>();
            long chars = 0;
            while (nextItem(xml)) {
                String item = RichText.read(xml);
                strings.add(item);
                chars += item.length();
                if (chars > memoryLimitChars) {
                    return spill(strings, xml);
                }
            }
            return new SharedStrings(strings, null, null);
        } finally {
            xml.close();
            part.close();
        }
    }

    /** The string at an index as written in a cell ({@code <v>12</v>}), or null when there is no such string. */
    String get(String index) {
        int i;
        try {
            i = Integer.parseInt(index.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (mapped == null) {
            return i >= 0 && i < strings.size() ? strings.get(i) : null;
        }
        return i >= 0 && i < offsets.length - 1 ? mapped.subSequence(offsets[i], offsets[i + 1]).toString() : null;
    }

    private static boolean nextItem(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                return true;
            }
        }
        return false;
    }

    /** Writes the strings read so far and the rest of the table to a file of UTF-16 chars, and maps it. */
    private static SharedStrings spill(List<String> first, XMLStreamReader xml) throws IOException, XMLStreamException {
        Path file = Files.createTempFile("gospages-sst-", ".chars");
        try {
            int[] offsets = new int[first.size() + 1024];
            int count = 0;
            long total = 0;
            // not truncated (new and empty): see RecordOutput#create
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(file, StandardOpenOption.WRITE), 64 * 1024))) {
                for (int i = 0; i < first.size() || nextItem(xml); i++) {
                    String item = i < first.size() ? first.get(i) : RichText.read(xml);
                    if (i < first.size()) {
                        first.set(i, null); // free the heap as the file takes over
                    }
                    if (count + 2 > offsets.length) {
                        offsets = Arrays.copyOf(offsets, offsets.length * 2);
                    }
                    offsets[count++] = (int) total;
                    out.writeChars(item); // two bytes per char, no encoding: lone surrogates survive
                    total += item.length();
                    if (total > Integer.MAX_VALUE / 2) {
                        throw new IOException("shared strings table over 1 G characters");
                    }
                }
            }
            offsets[count] = (int) total;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                CharBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()).asCharBuffer();
                return new SharedStrings(List.of(), mapped, Arrays.copyOf(offsets, count + 1));
            }
        } finally {
            Quietly.delete(file); // the mapping outlives the file, and goes with the buffer
        }
    }
}
