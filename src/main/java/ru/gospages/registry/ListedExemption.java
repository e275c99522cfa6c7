package ru.gospages.registry;

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

    /** The next exemption of {@code in}, or null at its end. */
    static ListedExemption read(RecordInput in) {
        return in.tag() < 0 ? null : new ListedExemption(in.number(), in.string(), in.string());
    }
}
