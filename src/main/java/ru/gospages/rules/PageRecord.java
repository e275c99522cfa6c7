package ru.gospages.rules;

import java.util.OptionalLong;
import ru.gospages.problems.Place;

/**
 * One accepted page row: a page listed by an organisation, with values checked and normalised —
 * INN and OGRN as digit strings (OGRN "" when absent or dropped), the organisation type's canonical
 * name, the municipality's OKTMO, the page key and canonical URL, and the URL cell as written. {@code urlColumn} is the 0-based
 * column of the URL cell, which orders the pages of one wide row.
 */
public record PageRecord(Place place, int urlColumn,
                         String organization, String inn, String ogrn, String orgType, String oktmo,
                         String platform, String pageKey, String pageUrl, String writtenUrl,
                         boolean verified, OptionalLong followers) {
}
