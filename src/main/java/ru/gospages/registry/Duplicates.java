package ru.gospages.registry;

import java.util.ArrayList;
import java.util.List;
import ru.gospages.problems.Messages;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.profile.JobProfile;

/**
 * The findings about a later listing of a page already listed in the period (SPEC 6.1): always
 * R-DUPLICATE, and R-CONFLICT as well when its INN or municipality differs from the first listing.
 * Used by the run's merge and by {@code check}, so both say the same.
 */
public final class Duplicates {

    /** Where and by whom a page was listed. */
    public record Listing(String file, String sheet, int row, String column, String writtenUrl, String inn, String oktmo) {
    }

    private Duplicates() {
    }

    public static List<Problem> problems(JobProfile profile, Listing later, Listing first) {
        String place = Messages.text("duplicate.place", first.file(), first.sheet(), first.row());
        List<Problem> problems = new ArrayList<>(2);
        problems.add(new Problem(later.file(), later.sheet(), later.row(), later.column(), later.writtenUrl(),
                ProblemCode.R_DUPLICATE, profile.severity(ProblemCode.R_DUPLICATE),
                Messages.of(ProblemCode.R_DUPLICATE, null, later.writtenUrl(), place)));
        if (!later.inn().equals(first.inn()) || !later.oktmo().equals(first.oktmo())) {
            String detail = Messages.text("duplicate.conflict", place, first.inn(), first.oktmo(), later.inn(), later.oktmo());
            problems.add(new Problem(later.file(), later.sheet(), later.row(), later.column(), later.writtenUrl(),
                    ProblemCode.R_CONFLICT, profile.severity(ProblemCode.R_CONFLICT),
                    Messages.of(ProblemCode.R_CONFLICT, null, later.writtenUrl(), detail)));
        }
        return problems;
    }
}
