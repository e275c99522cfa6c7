package ru.gospages.figures;

import java.util.List;

/**
 * The figures of one municipality (SPEC 6.3): pages and verified pages in all and per platform (in
 * profile order), organisations whose first-listed municipality it is, and how many of them are
 * compliant (a page on every required platform, or an exemption ground).
 */
public record MunicipalityFigures(String oktmo, String name, Count count, List<PlatformFigures> byPlatform,
                                  long organizations, long compliantOrganizations) {

    public MunicipalityFigures {
        byPlatform = List.copyOf(byPlatform);
    }
}
