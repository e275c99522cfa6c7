package ru.gospages.accounts;

import java.util.Locale;
import java.util.Optional;

/** What an account may do: an officer hands in its municipality's files, an operator runs the month. */
public enum Role {
    OPERATOR, OFFICER;

    /** The word of the command line and the database: {@code operator}, {@code officer}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, {@code ROLE_OPERATOR} or {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String text) {
        for (Role role : values()) {
            if (role.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
