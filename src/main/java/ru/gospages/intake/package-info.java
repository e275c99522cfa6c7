/**
 * Finding submission files and reading their sheets (XLSX, XLS, CSV) row by row, with the guards
 * against hostile files: a {@link ru.gospages.intake.Submission} yields each data row as a
 * {@link ru.gospages.intake.SubmittedRow} mapped onto the recognised columns. It checks no row:
 * the rules do, outside this package.
 */
package ru.gospages.intake;
