package ru.gospages.rules;

import ru.gospages.problems.Place;

/**
 * A row without a page but with the legal ground on which the organisation keeps none: not a page
 * row, but it makes the organisation compliant (SPEC 6.3). Only rows whose organisation, INN and
 * municipality are valid yield one.
 */
public record Exemption(Place place, String organization, String inn, String oktmo, String ground) {
}
