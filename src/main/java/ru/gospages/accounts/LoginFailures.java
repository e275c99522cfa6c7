package ru.gospages.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Failed logins by the name typed ({@code gp_login_failure}): {@value #MAX_FAILURES} failures within
 * {@link #LOCK} lock that name until {@link #LOCK} after the last one. Unknown names are counted the
 * same way, so the lock never tells whether an account exists.
 */
public class LoginFailures {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(5);
    private static final int MAX_NAME = 100;

    private final WebTables tables;
    private final Clock clock;

    public LoginFailures(WebTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    public boolean isLocked(String name) {
        Instant now = clock.instant();
        return tables.jdbc().query(tables.sql().get("recentFailures"), new MapSqlParameterSource()
                .addValue("name", key(name)).addValue("since", Timestamp.from(now.minus(LOCK))), rs -> {
            rs.next();
            return rs.getLong("failures") >= MAX_FAILURES;
        });
    }

    public void failed(String name) {
        Instant now = clock.instant();
        tables.jdbc().update(tables.sql().get("forgetOldFailures"), Map.of("before", Timestamp.from(now.minus(LOCK))));
        tables.jdbc().update(tables.sql().get("insertFailure"), new MapSqlParameterSource()
                .addValue("name", key(name)).addValue("failedAt", Timestamp.from(now)));
    }

    public void succeeded(String name) {
        tables.jdbc().update(tables.sql().get("clearFailures"), Map.of("name", key(name)));
    }

    private static String key(String name) {
        String key = name == null ? "" : name.trim();
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }
}
