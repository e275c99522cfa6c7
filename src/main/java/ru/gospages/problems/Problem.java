package ru.gospages.problems;

/**
 * One finding about a file or a row. {@code sheet}, {@code row}, {@code column} and {@code value}
 * are empty for file problems; {@code column} is the spreadsheet column letter (A, B, … AA).
 * {@code row} is the 1-based row number as the sender sees it in Excel (0 for file problems).
 */
public record Problem(String file, String sheet, int row, String column, String value,
                      ProblemCode code, Severity severity, String message) {

    public Problem {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    public static Problem ofFile(String file, ProblemCode code, Severity severity, String message) {
        return new Problem(file, "", 0, "", "", code, severity, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
