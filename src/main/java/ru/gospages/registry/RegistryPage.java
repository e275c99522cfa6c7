package ru.gospages.registry;

import java.util.OptionalLong;

/**
 * One page of a period's registry, as published: the columns of the registry data file in their
 * order (SPEC 7). {@code lastReported} is the period ({@code YYYY-MM}) the page was last submitted in.
 */
public record RegistryPage(String pageUrl, String platform, String organization, String inn, String ogrn,
                           String orgType, String municipality, String oktmo, boolean verified,
                           OptionalLong followers, String lastReported, boolean carriedOver) {
}
