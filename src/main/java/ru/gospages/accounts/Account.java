package ru.gospages.accounts;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One account of the web application. {@code oktmo} is the officer's municipality (the reference's
 * OKTMO, the regional level included); empty for an operator.
 */
public record Account(String name, String passwordHash, Role role, String oktmo, boolean enabled, Instant createdAt) {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    public Account {
        oktmo = oktmo == null ? "" : oktmo.trim();
    }

    /** Letters, digits, {@code . _ @ -}; at most 64 characters. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }
}
