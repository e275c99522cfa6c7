package ru.gospages.accounts;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.registry.Sql;

/** The web application's tables: the JDBC template and the named statements of {@code db/sql/web.sql}. */
public record WebTables(NamedParameterJdbcTemplate jdbc, Sql sql) {
}
