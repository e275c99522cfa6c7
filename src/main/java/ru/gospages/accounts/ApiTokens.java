package ru.gospages.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * API tokens ({@code gp_api_token}): 32 random bytes, shown once, stored as their SHA-256. A token
 * is long and random, so a fast hash is enough (unlike a password, it cannot be guessed from a list).
 */
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebTables tables;

    public ApiTokens(WebTables tables) {
        this.tables = tables;
    }

    /** A new token for the account; the caller shows it once, only its hash is kept. */
    public String issue(String accountName) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "gp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tables.jdbc().update(tables.sql().get("insertToken"), new MapSqlParameterSource()
                .addValue("tokenHash", sha256(token)).addValue("name", accountName)
                .addValue("createdAt", Timestamp.from(Instant.now())));
        return token;
    }

    /** The name of the account a token belongs to. */
    public Optional<String> accountOf(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return tables.jdbc().queryForList(tables.sql().get("tokenAccount"), Map.of("tokenHash", sha256(token.trim())), String.class)
                .stream().findFirst();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
