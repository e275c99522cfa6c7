/**
 * The run's work folder and its plumbing: {@link ru.gospages.work.StageFolder} (where each work file
 * is), the record format ({@link ru.gospages.work.RecordOutput} beside {@link ru.gospages.work.RecordInput}),
 * each file's staged rows and the period's problems written and read side by side
 * ({@link ru.gospages.work.StagedRows}, {@link ru.gospages.work.PeriodFiles}), external sorting,
 * per-key arrays, a second thread ({@link ru.gospages.work.Background}). Knows no rule of the
 * registry (SPEC 6): those stay in {@code registry}.
 */
package ru.gospages.work;
