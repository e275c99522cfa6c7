/**
 * The rules of SPEC 6 over a period's staged rows: the merge of listings into pages
 * ({@link ru.gospages.registry.RegistryMerge}, 6.1), carry-over and changes
 * ({@link ru.gospages.registry.CarryOver}, 6.2), publication order, and the registry kept in the
 * database ({@link ru.gospages.registry.RegistryStore}, {@link ru.gospages.registry.FileOutcomes},
 * SQL in {@code db/}). The work folder's plumbing is in {@code work}.
 */
package ru.gospages.registry;
