package ru.gospages.web.upload;

import java.time.Instant;

/** A file handed in for a period: where it went, who handed it in and when, and its check's counts. */
public record HandIn(String period, String oktmo, String fileName, String account, Instant handedAt,
                     int rows, long errors, long warnings, String sha256) {
}
