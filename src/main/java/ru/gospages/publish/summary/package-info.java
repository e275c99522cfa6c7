/**
 * The period's summary (SPEC 8): the {@link ru.gospages.publish.summary.Summary} record and its
 * {@code summary.json}, and {@code summary.html} for people, with its figures written the Russian way
 * ({@link ru.gospages.publish.summary.RussianText}) and its sentences from {@code messages_ru.properties}.
 */
package ru.gospages.publish.summary;
