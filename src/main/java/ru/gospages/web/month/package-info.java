/**
 * The month for the centre's operators (SPEC 10.3): the board of hand-ins per municipality with the
 * organisations still missing, starting the run with its progress, the history of runs and
 * publishes, the «Опубликовать» button (SPEC 11), each period's reports and output files, and the
 * audit trail.
 */
package ru.gospages.web.month;
