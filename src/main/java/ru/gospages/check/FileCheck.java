package ru.gospages.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.gospages.problems.Problem;
import ru.gospages.problems.Severity;
import ru.gospages.text.CellText;

/**
 * What checking one file found: its row counts and every problem in input order (sheet problems
 * first), or, for a file rejected as a whole, its one file problem and no rows; {@code headers} are the
 * header texts of each sheet (by sheet name, column index → text) for showing a problem's column;
 * {@code organizations} the INNs the file reports for (an accepted page row or an exemption row), which
 * the board of the month takes off the organisations it still expects.
 */
public record FileCheck(String name, Status status, int read, int accepted, int exempt, List<Problem> problems,
                        Map<String, List<String>> headers, Set<String> organizations) {

    /** A file's outcome as the API names it (SPEC 10.4). */
    public enum Status {
        OK, WARNINGS, ERRORS, REJECTED;

        /** The lower-case word of the API: {@code ok}, {@code warnings}, {@code errors}, {@code rejected}. */
        public String label() {
            return name().toLowerCase();
        }
    }

    public FileCheck {
        problems = List.copyOf(problems);
        headers = Map.copyOf(headers);
        organizations = Set.copyOf(organizations);
    }

    /** The header text of a problem's column as the file wrote it; empty when unknown. */
    public String header(Problem problem) {
        List<String> sheet = headers.getOrDefault(problem.sheet(), List.of());
        int index = CellText.columnIndex(problem.column());
        return index >= 0 && index < sheet.size() ? sheet.get(index) : "";
    }

    /** Page rows rejected: {@code read − accepted}. */
    public int rejected() {
        return read - accepted;
    }

    public boolean isRejected() {
        return status == Status.REJECTED;
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
