/** Writing what a run produces: registry, problems, changes and figures as CSV, XLSX and JSON, each file complete or not at all. */
package ru.gospages.publish;
