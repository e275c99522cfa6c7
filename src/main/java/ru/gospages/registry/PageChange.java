package ru.gospages.registry;

/** One change of the registry against the previous run: added, removed, verified or unverified. */
public record PageChange(Kind change, String pageUrl, String organization, String inn, String municipality) {

    /** The four kinds of change, in the order they are listed. */
    public enum Kind {
        ADDED, REMOVED, VERIFIED, UNVERIFIED;

        public String label() {
            return name().toLowerCase();
        }
    }
}
