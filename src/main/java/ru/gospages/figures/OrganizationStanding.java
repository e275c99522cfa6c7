package ru.gospages.figures;

/**
 * Where one obligated organisation of the directory stands in a period (SPEC 13): the directory's
 * INN, name and municipality; whether it reported (an accepted page row or exemption row now); its
 * pages and verified pages in the period's registry, carried-over pages included; whether it complies
 * (a page on every required platform, or an exemption row now); whether it has neither page nor
 * exemption; and the latest period it reported in ("" if none known).
 */
public record OrganizationStanding(String inn, String name, String oktmo, boolean reported, long pages,
                                   long verifiedPages, boolean compliant, boolean withoutPages, String lastReported) {
}
