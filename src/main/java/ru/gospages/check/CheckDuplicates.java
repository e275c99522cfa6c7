package ru.gospages.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.gospages.problems.Problem;
import ru.gospages.profile.JobProfile;
import ru.gospages.registry.Duplicates;
import ru.gospages.rules.PageRecord;

/**
 * The duplicate check of {@code check}: remembers the first listing of every page among the files
 * checked together, in input order, and reports later listings as {@code run}'s merge does.
 */
final class CheckDuplicates {

    private final JobProfile profile;
    private final Map<String, Duplicates.Listing> first = new HashMap<>();

    CheckDuplicates(JobProfile profile) {
        this.profile = profile;
    }

    /** The findings about one accepted page row; empty for a first listing. */
    List<Problem> check(PageRecord page) {
        Duplicates.Listing listing = new Duplicates.Listing(page.place().file(), page.place().sheet(), page.place().row(),
                ru.gospages.text.CellText.columnLetter(page.urlColumn()), page.writtenUrl(), page.inn(), page.oktmo());
        Duplicates.Listing earlier = first.putIfAbsent(page.pageKey(), listing);
        return earlier == null ? List.of() : Duplicates.problems(profile, listing, earlier);
    }

    /** Forgets the pages of a file that turned out to be rejected as a whole. */
    void forget(String file) {
        first.values().removeIf(listing -> listing.file().equals(file));
    }
}
