/**
 * The rules a submitted row is checked against (SPEC 5): identifiers, vocabularies, reference
 * lists, page keys, the optional organisation directory of SPEC 13
 * ({@link ru.gospages.rules.OrganizationDirectory}, which resolves a row's INN and municipality first),
 * and {@link ru.gospages.rules.RowValidator} applying them all.
 * {@link ru.gospages.rules.RowChecks} is where the reader meets the rules: the job's intake step and
 * {@code check} both pull checked rows from it. Problem codes and messages are in {@code problems}.
 */
package ru.gospages.rules;
