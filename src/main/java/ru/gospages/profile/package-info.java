/**
 * The job profile ({@code jobs/official-pages.yml}) as typed records validated at start-up —
 * {@link ru.gospages.profile.JobProfile}, {@link ru.gospages.profile.Platform},
 * {@link ru.gospages.profile.PageRule}, {@link ru.gospages.profile.ColumnKey} — and
 * {@link ru.gospages.profile.PlatformWords}, which recognises a platform by the words the profile gives it.
 */
package ru.gospages.profile;
