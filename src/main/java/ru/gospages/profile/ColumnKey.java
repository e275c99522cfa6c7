package ru.gospages.profile;

/** The columns gospages understands in a submission; headers come from the job profile. */
public enum ColumnKey {
    ORGANIZATION(true),
    INN(true),
    OGRN(false),
    ORG_TYPE(false),
    MUNICIPALITY(true),
    PLATFORM(false),
    URL(true),
    VERIFIED(true),
    FOLLOWERS(false),
    EXEMPTION(false);

    private final boolean required;

    ColumnKey(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** The key as written in the profile, e.g. {@code org-type}. */
    public String propertyName() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Columns that a wide sheet may qualify with a platform word (one column per platform). */
    public boolean perPlatform() {
        return this == URL || this == VERIFIED || this == FOLLOWERS;
    }
}
