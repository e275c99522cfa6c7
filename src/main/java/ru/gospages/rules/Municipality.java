package ru.gospages.rules;

import java.util.List;
import java.util.Locale;

/**
 * One entry of the municipality reference ({@code jobs/reference/municipalities.csv}): a city okrug,
 * a municipal district, or the regional level. {@code order} is its position in the reference, the
 * order in which figures list municipalities.
 */
public record Municipality(String oktmo, String name, Kind kind, List<String> aliases, int order) {

    public Municipality {
        aliases = List.copyOf(aliases);
    }

    /** The level of a municipality, written in the reference as {@code region}, {@code city}, {@code district}. */
    public enum Kind {
        REGION, CITY, DISTRICT;

        /** The kind for its written form, in any case. */
        public static Kind of(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
