/**
 * Where the libraries' own log lines go: never to the terminal, which shows only our Russian
 * output, but to the log file that Spring Boot's Logback writes and rotates
 * ({@code logging.file.name}, default {@code logs/gospages.log}). POI logs through log4j-api;
 * {@link ru.gospages.logs.ErrorsToSlf4jContextFactory} hands its errors to SLF4J (so to that file)
 * and drops everything below at the level check, before any message is built.
 */
package ru.gospages.logs;
