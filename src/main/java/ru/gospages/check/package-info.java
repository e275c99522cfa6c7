/**
 * Checking submission files without running the month: files → checked rows → duplicates among
 * them → one {@link ru.gospages.check.FileCheck} per file. The terminal ({@code check}), the web
 * page and the API render the same {@link ru.gospages.check.CheckResult}.
 */
package ru.gospages.check;
