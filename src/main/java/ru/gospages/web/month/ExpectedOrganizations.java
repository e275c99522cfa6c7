package ru.gospages.web.month;

import java.util.List;
import java.util.Map;

/**
 * The organisations expected to report for a period, by municipality (OKTMO): the obligated ones of
 * the organisation directory of SPEC 13 when there is one ({@link DirectoryExpectations}), else those
 * of the previous period's registry ({@link RegistryExpectations}).
 */
public interface ExpectedOrganizations {

    /** An expected organisation. */
    record Organization(String inn, String name) {
    }

    Map<String, List<Organization>> of(String period);

    /** Where the expectations come from, as the board says it. */
    default String source() {
        return "из реестра прошлого периода";
    }
}
