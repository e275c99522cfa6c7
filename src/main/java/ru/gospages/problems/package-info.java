/**
 * What is wrong with a submission and where: {@link ru.gospages.problems.Problem}, its
 * {@link ru.gospages.problems.ProblemCode} and {@link ru.gospages.problems.Severity}, the
 * {@link ru.gospages.problems.Place} of a row, and the Russian {@link ru.gospages.problems.Messages}
 * people read. A leaf: imports no other package of gospages.
 */
package ru.gospages.problems;
