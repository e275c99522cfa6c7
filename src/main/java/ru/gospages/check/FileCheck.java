package ru.gospages.check;

import java.util.List;
import ru.gospages.problems.Problem;
import ru.gospages.problems.Severity;

/**
 * What checking one file found: its row counts and every problem in input order (sheet problems
 * first), or, for a file rejected as a whole, its one file problem and no rows.
 */
public record FileCheck(String name, Status status, int read, int accepted, int exempt, List<Problem> problems) {

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
