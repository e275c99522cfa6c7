package ru.gospages.problems;

/** How serious a problem is: an error rejects the row or file, a warning does not, info only counts. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word used in outputs: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase();
    }
}
