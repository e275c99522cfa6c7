package ru.gospages.publish.files;

/**
 * The cells a table fills on one worksheet, header row included, in Excel's A1 notation: what the
 * sheet's auto-filter covers and what the workbook's hidden {@code _xlnm._FilterDatabase} name,
 * which Excel expects beside every auto-filter, refers to.
 *
 * @param rows rows including the header, so at least 1
 */
record TableRange(String sheetName, int columns, int rows) {

    /** The letters of a 0-based column: A … Z, AA …. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The range within its sheet, e.g. {@code A1:L3}. */
    String ref() {
        return "A1:" + columnLetters(columns - 1) + rows;
    }

    /** The range with its sheet, absolute, e.g. {@code 'Реестр'!$A$1:$L$3}; the name is always quoted, which is always allowed. */
    String absoluteRef() {
        return "'" + sheetName.replace("'", "''") + "'!$A$1:$" + columnLetters(columns - 1) + "$" + rows;
    }
}
