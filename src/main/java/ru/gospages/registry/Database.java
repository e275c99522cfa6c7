package ru.gospages.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The database behind the registry: which one it is ({@code hsqldb} or {@code postgresql}, the name
 * of its folder of SQL under {@code db/}). The tables are Flyway's migrations ({@code db/migration}),
 * applied when the application starts.
 */
public final class Database {

    private Database() {
    }

    /** The folder name under {@code db/} of the database a data source connects to. */
    public static String of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("hsql")) {
                return "hsqldb";
            }
            throw new IllegalStateException("unsupported database: " + product + " (HSQLDB and PostgreSQL are supported)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
