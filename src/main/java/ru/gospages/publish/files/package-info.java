/**
 * Writing output files, whatever they hold: a {@link ru.gospages.publish.files.Table} (columns of a row
 * type) written as CSV for open data or for people, or as a streaming XLSX workbook with a correct
 * {@code <dimension>} and no rows held in memory; a deterministic ZIP; and the atomic batch that puts a
 * period's files in place, each complete or not at all. The lowest layer of {@code publish}: it knows no
 * registry, summary or open-data rule.
 */
package ru.gospages.publish.files;
