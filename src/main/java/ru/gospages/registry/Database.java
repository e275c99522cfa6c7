package ru.gospages.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The database behind the registry: which one it is ({@code hsqldb} or {@code postgresql}, the name
 * of its folder of SQL under {@code db/}), and the creation of the tables.
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

    /** Creates the tables that do not exist yet: the portable script, then the database's own. */
    public static void createTables(DataSource dataSource) {
        ResourceDatabasePopulator scripts = new ResourceDatabasePopulator(new ClassPathResource("db/sql/schema.sql"));
        ClassPathResource own = new ClassPathResource("db/" + of(dataSource) + "/schema.sql");
        if (own.exists()) {
            scripts.addScript(own);
        }
        scripts.execute(dataSource);
    }
}
