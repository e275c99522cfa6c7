package ru.gospages.registry;

import ru.gospages.work.PeriodFiles;
import ru.gospages.work.RecordInput;
import ru.gospages.work.RecordOutput;
import ru.gospages.work.StageFolder;

/**
 * An exemption row of the period as the figures need it (SPEC 6.3): the organisation it makes
 * compliant, its municipality, and its place in input order (an organisation counts in the
 * municipality of its first listing, page or exemption).
 */
public record ListedExemption(long ord, String inn, String oktmo) {

    private static final int TAG = 'X';

    static void write(RecordOutput out, ListedExemption exemption) {
        out.tag(TAG).number(exemption.ord()).string(exemption.inn()).string(exemption.oktmo());
    }

    /** The period's exemption rows as the merge left them in the work folder. Close the iterator. */
    public static PeriodFiles.Records<ListedExemption> readAll(StageFolder stage) {
        return new PeriodFiles.Records<>(RecordInput.open(stage.exemptions()), ListedExemption::read);
    }

    /** The next exemption of {@code in}, or null at its end. */
    static ListedExemption read(RecordInput in) {
        return in.tag() < 0 ? null : new ListedExemption(in.number(), in.string(), in.string());
    }
}
