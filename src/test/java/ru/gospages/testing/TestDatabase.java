package ru.gospages.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database a database-level test runs on: a new, empty one each time. HSQLDB by default; the
 * same tests run on PostgreSQL with {@code -Dgospages.test.database=postgresql} and a server named
 * by the libpq environment ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD},
 * {@code PGDATABASE}, as {@code pg_virtualenv} exports them). On PostgreSQL each test database is
 * owned by an ordinary role ({@link #APP_ROLE}, no superuser, no rights elsewhere), as SPEC 12 asks
 * of the application's role.
 */
public record TestDatabase(String url, String username, String password) {

    public static final String PROPERTY = "gospages.test.database";
    public static final String APP_ROLE = "gospages_test";
    private static final Map<Path, TestDatabase> DURABLE = new ConcurrentHashMap<>();

    /** Whether the database-level tests run on PostgreSQL in this test run. */
    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "hsqldb"));
    }

    /** A new, empty database: HSQLDB in memory, or a new PostgreSQL database. */
    public static TestDatabase fresh(String name) {
        if (onPostgres()) {
            return PostgresServer.required().create(name);
        }
        return new TestDatabase("jdbc:hsqldb:mem:" + name + UUID.randomUUID(), "sa", "");
    }

    /**
     * A database that outlives a process: an HSQLDB file database in {@code folder}, or one PostgreSQL
     * database per folder. Child processes given the same folder open the same database.
     */
    public static TestDatabase durable(Path folder) {
        return DURABLE.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> onPostgres()
                ? PostgresServer.required().create("durable")
                : new TestDatabase("jdbc:hsqldb:file:" + f.resolve("gospages")
                        + ";shutdown=true;hsqldb.tx=mvcc;hsqldb.default_table_type=cached", "sa", ""));
    }

    /** The database as command-line options of the application. */
    public List<String> arguments() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password);
    }

    /** The database for a {@code @DynamicPropertySource}. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", this::username);
        registry.add("spring.datasource.password", this::password);
    }

    public DataSource dataSource() {
        return new DriverManagerDataSource(url, username, password);
    }

    /** A PostgreSQL server reachable through the libpq environment, for the tests that compare both databases. */
    public static final class PostgresServer {

        private final String host;
        private final String port;
        private final String adminUrl;
        private final String adminUser;
        private final String adminPassword;

        private PostgresServer(Map<String, String> env) {
            host = env.getOrDefault("PGHOST", "localhost");
            port = env.getOrDefault("PGPORT", "5432");
            adminUrl = "jdbc:postgresql://" + host + ":" + port + "/" + env.getOrDefault("PGDATABASE", "postgres");
            adminUser = env.getOrDefault("PGUSER", "postgres");
            adminPassword = env.getOrDefault("PGPASSWORD", "");
        }

        /** The server of the environment; empty when none is named ({@code PGHOST} unset). */
        public static Optional<PostgresServer> fromEnvironment() {
            return System.getenv("PGHOST") == null ? Optional.empty() : Optional.of(new PostgresServer(System.getenv()));
        }

        /** The server the PostgreSQL test run must have. */
        static PostgresServer required() {
            return fromEnvironment().orElseThrow(() -> new IllegalStateException(
                    "-D" + PROPERTY + "=postgresql needs a server in PGHOST/PGPORT/PGUSER/PGPASSWORD (e.g. pg_virtualenv mvn ...)"));
        }

        /** Why a test that needs PostgreSQL skips here. */
        public static String absentMessage() {
            return "no PostgreSQL server: PGHOST is not set (run under pg_virtualenv, as .ci/run does)";
        }

        /** A new database owned by the ordinary application role. */
        public synchronized TestDatabase create(String name) {
            String database = ("gp_" + name.replaceAll("[^A-Za-z0-9]", "_") + "_"
                    + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
            try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                 Statement sql = admin.createStatement()) {
                sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                        + "CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + APP_ROLE + "' NOSUPERUSER NOCREATEDB NOCREATEROLE; "
                        + "END IF; END $$");
                sql.execute("CREATE DATABASE " + database + " OWNER " + APP_ROLE);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the test database " + database + ": " + e.getMessage(), e);
            }
            return new TestDatabase("jdbc:postgresql://" + host + ":" + port + "/" + database + "?reWriteBatchedInserts=true",
                    APP_ROLE, APP_ROLE);
        }
    }
}
