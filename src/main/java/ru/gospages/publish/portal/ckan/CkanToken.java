package ru.gospages.publish.portal.ckan;

import java.util.List;
import java.util.function.UnaryOperator;
import ru.gospages.problems.Messages;
import ru.gospages.publish.portal.tree.PublishSetupException;

/**
 * The API token and the headers it goes in. CKAN 2.11 reads it from the one header its site is
 * configured with ({@code apitoken_header_name}: usually {@code Authorization}, on some sites
 * {@code X-CKAN-API-Key}), so unless the profile names that header it is sent raw (no {@code Bearer})
 * in both, as ckanapi does. The token comes only from the environment, never from the command line
 * or the profile, and {@link #toString()} masks it so that no message or log line can carry it.
 */
public final class CkanToken {

    public static final String VARIABLE = "GOSPAGES_CKAN_TOKEN";
    static final List<String> BOTH_HEADERS = List.of("Authorization", "X-CKAN-API-Key");

    private final String value;
    private final List<String> headers;

    private CkanToken(String value, List<String> headers) {
        this.value = value;
        this.headers = headers;
    }

    /**
     * The token from {@value #VARIABLE} as {@code environment} gives it (the process environment;
     * tests pass their own), for {@code header} or both headers when blank. Missing: setup error.
     */
    public static CkanToken from(UnaryOperator<String> environment, String header) {
        String value = environment.apply(VARIABLE);
        if (value == null || value.isBlank()) {
            throw new PublishSetupException(Messages.text("publish.ckan.noToken", VARIABLE));
        }
        return new CkanToken(value.strip(), header == null || header.isBlank() ? BOTH_HEADERS : List.of(header.strip()));
    }

    /** The headers the token is sent in. */
    public List<String> headers() {
        return headers;
    }

    /** The raw token, only for the request headers. */
    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }
}
