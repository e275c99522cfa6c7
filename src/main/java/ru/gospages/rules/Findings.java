package ru.gospages.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.gospages.intake.SubmittedRow;
import ru.gospages.problems.Place;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;
import ru.gospages.profile.JobProfile;

/**
 * The problems found in one submitted row, with the profile's severities. A cell shared by the
 * page rows of a wide row is reported once: a second finding of the same code in the same column
 * is dropped.
 */
final class Findings {

    private final Place place;
    private final JobProfile profile;
    private final List<Problem> problems = new ArrayList<>();
    /** Codes found per column; made at the first finding, since most rows have none. */
    private Set<String> seen;

    Findings(Place place, JobProfile profile) {
        this.place = place;
        this.profile = profile;
    }

    /** Records a finding; returns true when it is an error (so the row or page is rejected). */
    boolean add(SubmittedRow.Cell cell, ProblemCode code, String message) {
        Severity severity = profile.severity(code);
        if (seen == null) {
            seen = new HashSet<>();
        }
        if (seen.add(cell.column() + "|" + code)) {
            problems.add(new Problem(place.file(), place.sheet(), place.row(), cell.letter(), cell.text(), code, severity, message));
        }
        return severity == Severity.ERROR;
    }

    List<Problem> problems() {
        return problems;
    }
}
