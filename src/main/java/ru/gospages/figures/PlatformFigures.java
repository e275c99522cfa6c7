package ru.gospages.figures;

/** The figures of one platform: its code and name, and its pages and verified pages. */
public record PlatformFigures(String platform, String name, Count count) {
}
