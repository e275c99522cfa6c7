package ru.gospages.registry;

/** What the intake recorded about one file of a period: its place in input order, its name, whether it was rejected whole. */
public record FileOutcome(int fileOrd, String name, boolean rejected) {
}
