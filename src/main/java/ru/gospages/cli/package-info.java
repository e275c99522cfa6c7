/**
 * The command line: run, check, history and schedule, their options, exit codes (SPEC 3) and the
 * Russian texts they print on the terminal.
 */
package ru.gospages.cli;
