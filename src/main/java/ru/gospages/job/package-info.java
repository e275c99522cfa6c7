/**
 * The monthly Spring Batch job — its wiring, its steps — and what keeps runs of a period one at a
 * time and recovers a run a killed process left behind.
 */
package ru.gospages.job;
