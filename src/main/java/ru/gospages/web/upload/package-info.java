/**
 * Upload and check (SPEC 10.2): files dropped on the page are staged under server-chosen names
 * outside {@code input/}, checked by the same {@link ru.gospages.check.SubmissionCheck} as the
 * {@code check} command, shown problem by problem, downloadable as {@code problems.xlsx}, and handed
 * in to {@code input/<period>/<municipality>/} with the replaced file kept in {@code .versions/}.
 */
package ru.gospages.web.upload;
