/**
 * Writing what a run produces — registry, problems, changes and figures as CSV, XLSX and JSON, the
 * open-data tree (passports, structures, data versions, list.csv, datapackage.json) and summary.html —
 * each file complete or not at all.
 */
package ru.gospages.publish;
