package ru.gospages.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The accounts table ({@code gp_account}). Accounts are disabled, never deleted: the audit names them. */
public class Accounts {

    private final WebTables tables;

    public Accounts(WebTables tables) {
        this.tables = tables;
    }

    public void add(Account account) {
        tables.jdbc().update(tables.sql().get("insertAccount"), new MapSqlParameterSource()
                .addValue("name", account.name()).addValue("passwordHash", account.passwordHash())
                .addValue("role", account.role().label()).addValue("oktmo", account.oktmo())
                .addValue("createdAt", Timestamp.from(account.createdAt())));
    }

    public Optional<Account> find(String name) {
        return tables.jdbc().query(tables.sql().get("account"), Map.of("name", name), Accounts::account).stream().findFirst();
    }

    public List<Account> all() {
        return tables.jdbc().query(tables.sql().get("accounts"), Map.of(), Accounts::account);
    }

    /** False when there was no such account. */
    public boolean disable(String name) {
        return tables.jdbc().update(tables.sql().get("disableAccount"), Map.of("name", name)) > 0;
    }

    public boolean anyEnabled() {
        Long count = tables.jdbc().queryForObject(tables.sql().get("enabledAccounts"), Map.of(), Long.class);
        return count != null && count > 0;
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(rs.getString("name"), rs.getString("password_hash"),
                Role.parse(rs.getString("role")).orElseThrow(), rs.getString("oktmo"), rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** For tests and the command line: an account of now. */
    public static Account create(String name, String passwordHash, Role role, String oktmo) {
        return new Account(name, passwordHash, role, oktmo, true, Instant.now());
    }
}
