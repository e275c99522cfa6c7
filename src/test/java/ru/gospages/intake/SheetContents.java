package ru.gospages.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads every sheet and row of a file through its cursor, as the job does, for assertions. */
final class SheetContents {

    private SheetContents() {
    }

    static Map<String, List<RawRow>> read(SheetFormat format, Path file) throws SubmissionException {
        return read(format, file, IntakeLimits.defaults());
    }

    static Map<String, List<RawRow>> read(SheetFormat format, Path file, IntakeLimits limits) throws SubmissionException {
        Map<String, List<RawRow>> sheets = new LinkedHashMap<>();
        try (SheetCursor cursor = format.open(file, limits)) {
            for (Optional<String> sheet = cursor.nextSheet(); sheet.isPresent(); sheet = cursor.nextSheet()) {
                List<RawRow> rows = new ArrayList<>();
                for (RawRow row = cursor.nextRow(); row != null; row = cursor.nextRow()) {
                    rows.add(row);
                }
                sheets.put(sheet.get(), rows);
            }
        }
        return sheets;
    }

    /** The cells of a row as a list, trailing blanks and all. */
    static List<String> cells(RawRow row) {
        return Arrays.asList(row.cells());
    }
}
