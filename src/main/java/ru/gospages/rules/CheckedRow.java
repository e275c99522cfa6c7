package ru.gospages.rules;

import java.util.List;
import java.util.Optional;
import ru.gospages.problems.Place;
import ru.gospages.problems.Problem;

/**
 * A submitted row after every rule: its accepted page rows, how many of its page rows were rejected,
 * its problems, and its exemption when it is an exemption row. A wide row with two URLs is two page
 * rows; a row with neither URL nor exemption is one (rejected) page row; an exemption row is none.
 */
public record CheckedRow(Place place, List<PageRecord> accepted, int rejected,
                         List<Problem> problems, Optional<Exemption> exemption) {

    public CheckedRow {
        accepted = List.copyOf(accepted);
        problems = List.copyOf(problems);
    }

    /** Page rows this row counts for in {@code rows.read}. */
    public int pageRows() {
        return accepted.size() + rejected;
    }
}
