/**
 * Writing what a run produces and putting it where readers get it. This package names and writes the
 * period's outputs ({@link ru.gospages.publish.PeriodOutputs}, {@link ru.gospages.publish.PublicationWriter}):
 * the registry drafts, problems, changes, organisations and the people's verification workbook. Its
 * sub-packages, lowest first: {@code files} (tables as CSV and streaming XLSX, ZIP, atomic output),
 * {@code opendata} (the open-data bundle of SPEC 7) and {@code summary} (summary.json and summary.html),
 * then this package, then {@code portal} (publishing, SPEC 11) over {@code portal.tree} and
 * {@code portal.ckan}. {@code LayersTest} holds them to that order.
 */
package ru.gospages.publish;
