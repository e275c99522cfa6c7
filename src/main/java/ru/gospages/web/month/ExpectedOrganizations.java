package ru.gospages.web.month;

import java.util.List;
import java.util.Map;

/**
 * The organisations expected to report for a period, by municipality (OKTMO). Today: those of the
 * previous period's registry ({@link RegistryExpectations}); the organisation directory of SPEC 13
 * will be a second implementation of this seam.
 */
public interface ExpectedOrganizations {

    /** An expected organisation. */
    record Organization(String inn, String name) {
    }

    Map<String, List<Organization>> of(String period);
}
