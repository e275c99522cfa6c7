package ru.gospages.job;

import java.util.Optional;
import ru.gospages.publish.RegistryDrafts;
import ru.gospages.publish.summary.Summary;

/**
 * What the steps of one job execution hand on, typed: the merge's duplicate count, the carry-over's
 * carried pages and change counts and its registry drafts still being written, and the summary the
 * outputs step wrote. It lives in memory for
 * the execution only: merge, carry-over and outputs run again on every restart, so a restarted
 * execution fills its own tally.
 */
public final class RunTally {

    private volatile long duplicates;
    private volatile long carried;
    private volatile Summary.ChangeCounts changes = new Summary.ChangeCounts(0, 0, 0, 0);
    private volatile Summary summary;
    private volatile RegistryDrafts.Written drafts = RegistryDrafts.Written.READY;

    void merged(long duplicates) {
        this.duplicates = duplicates;
    }

    void carriedOver(long carried, Summary.ChangeCounts changes) {
        this.carried = carried;
        this.changes = changes;
    }

    void drafting(RegistryDrafts.Written drafts) {
        this.drafts = drafts;
    }

    /** The carry-over's registry drafts, for the outputs step to wait for; the next call gets {@link RegistryDrafts.Written#READY}. */
    RegistryDrafts.Written takeDrafts() {
        RegistryDrafts.Written taken = drafts;
        drafts = RegistryDrafts.Written.READY;
        return taken;
    }

    /**
     * Waits for registry drafts no outputs step took (a run that failed between the carry-over and
     * the outputs): no writer outlives its run. Their failure is not reported: the run failed already.
     */
    void settle() {
        takeDrafts().awaitQuietly();
    }

    void summarised(Summary summary) {
        this.summary = summary;
    }

    /** Later listings of pages already listed in the period (R-DUPLICATE). */
    public long duplicates() {
        return duplicates;
    }

    /** Pages in the registry carried over from earlier periods. */
    public long carried() {
        return carried;
    }

    /** The registry's changes against the previous run, by kind. */
    public Summary.ChangeCounts changes() {
        return changes;
    }

    /** The summary of SPEC 8, once the outputs step has written it. */
    public Optional<Summary> summary() {
        return Optional.ofNullable(summary);
    }
}
