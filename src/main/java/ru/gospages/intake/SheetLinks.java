package ru.gospages.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The links of one sheet to outside the workbook, by cell, for XLSX and XLS. An XLSX sheet lists
 * its {@code <hyperlinks>} after {@code <sheetData>}, so a row cannot wait for them: they are found
 * first by a byte scan of the part for {@code <hyperlink ...>} tags, and only when the sheet has
 * hyperlink relationships at all.
 */
final class SheetLinks {

    static final SheetLinks NONE = new SheetLinks(Map.of());

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final int MAX_TAG_BYTES = 8192;
    private static final int MAX_LINKED_CELLS = 100_000;

    private final Map<Long, String> targets;

    private SheetLinks(Map<Long, String> targets) {
        this.targets = targets;
    }

    /** Finds the external link targets of a worksheet part. */
    static SheetLinks scan(PackagePart sheet) throws IOException, InvalidFormatException {
        Map<String, String> external = new HashMap<>();
        for (PackageRelationship relationship : sheet.getRelationships()) {
            if (relationship.getTargetMode() == TargetMode.EXTERNAL && relationship.getRelationshipType().endsWith("/hyperlink")) {
                external.put(relationship.getId(), relationship.getTargetURI().toString());
            }
        }
        if (external.isEmpty()) {
            return NONE;
        }
        Builder links = new Builder();
        try (InputStream in = sheet.getInputStream()) {
            new TagScanner(tag -> addLink(tag, external, links)).scan(in);
        }
        return links.build();
    }

    /** The link target of a cell (1-based row, 0-based column), or null. */
    String target(int row, int column) {
        return targets.isEmpty() ? null : targets.get(key(row, column));
    }

    private static void addLink(String tag, Map<String, String> external, Builder links) {
        String ref = null;
        String target = null;
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            String name = attribute.group(1);
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            if (name.equals("ref")) {
                ref = value;
            } else if (name.equals("id") || name.endsWith(":id")) {
                target = external.get(value);
            }
        }
        if (ref == null || target == null) {
            return; // a link to a place inside the workbook
        }
        CellRangeAddress area;
        try {
            area = CellRangeAddress.valueOf(ref);
        } catch (RuntimeException e) {
            return; // a reference POI cannot parse points at no cell we will read
        }
        links.add(area.getFirstRow() + 1, area.getLastRow() + 1, area.getFirstColumn(), area.getLastColumn(), target);
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    /** Collects links by area, as XLSX and XLS both list them; a link may span a range of cells. */
    static final class Builder {

        private final Map<Long, String> targets = new HashMap<>();

        /** Rows 1-based, columns 0-based, both ends included; the first link of a cell wins. */
        void add(int firstRow, int lastRow, int firstColumn, int lastColumn, String target) {
            // a range over a whole column is legal; the bound keeps it from filling the heap
            for (int row = firstRow; row <= lastRow && targets.size() < MAX_LINKED_CELLS; row++) {
                for (int column = firstColumn; column <= lastColumn && targets.size() < MAX_LINKED_CELLS; column++) {
                    targets.putIfAbsent(key(row, column), target);
                }
            }
        }

        SheetLinks build() {
            return targets.isEmpty() ? NONE : new SheetLinks(targets);
        }
    }

    /** Finds {@code <hyperlink ...>} start tags (any namespace prefix) in a byte stream, chunk by chunk. */
    private static final class TagScanner {

        private static final byte[] HYPERLINK = "hyperlink".getBytes(StandardCharsets.US_ASCII);

        private final Consumer<String> onTag;
        private final byte[] name = new byte[64];
        private final byte[] tag = new byte[MAX_TAG_BYTES];
        private int nameLength = -1;
        private int tagLength = -1;

        TagScanner(Consumer<String> onTag) {
            this.onTag = onTag;
        }

        void scan(InputStream in) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (nameLength < 0 && tagLength < 0) {
                        // outside a tag only '<' matters: skip to it without the state machine
                        while (i < n && buffer[i] != '<') {
                            i++;
                        }
                        if (i == n) {
                            break;
                        }
                    }
                    accept(buffer[i]);
                }
            }
        }

        private void accept(byte b) {
            if (tagLength >= 0) {
                if (b == '>') {
                    onTag.accept(new String(tag, 0, tagLength, StandardCharsets.UTF_8));
                    tagLength = -1;
                } else if (tagLength < tag.length) {
                    tag[tagLength++] = b;
                } else {
                    tagLength = -1; // not a tag we can use
                }
            } else if (nameLength >= 0) {
                if (isNameByte(b) && nameLength < name.length) {
                    name[nameLength++] = b;
                } else {
                    boolean hyperlink = (b == ' ' || b == '\t' || b == '\r' || b == '\n') && isHyperlinkName();
                    nameLength = b == '<' ? 0 : -1;
                    tagLength = hyperlink ? 0 : -1;
                }
            } else if (b == '<') {
                nameLength = 0;
            }
        }

        private static boolean isNameByte(byte b) {
            return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == ':' || b == '_' || b == '-' || b == '.';
        }

        /** Compares bytes rather than making a string: this runs for every tag of the sheet. */
        private boolean isHyperlinkName() {
            int start = nameLength - HYPERLINK.length;
            if (start < 0 || (start > 0 && name[start - 1] != ':')) {
                return false;
            }
            for (int i = 0; i < HYPERLINK.length; i++) {
                if (name[start + i] != HYPERLINK[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
