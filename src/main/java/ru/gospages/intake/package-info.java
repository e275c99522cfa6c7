/**
 * Finding submission files and reading their sheets (XLSX, XLS, CSV) row by row, and turning rows
 * into submitted page records.
 */
package ru.gospages.intake;
