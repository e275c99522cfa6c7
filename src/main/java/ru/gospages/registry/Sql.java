package ru.gospages.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;

/**
 * The SQL statements of the registry, by name, from {@code db/sql/registry.sql}; a database whose
 * SQL differs overrides single statements in {@code db/<database>/registry.sql}. Statements start
 * with a line {@code -- name: <name>} and end at the next one.
 */
public final class Sql {

    private final Map<String, String> statements = new HashMap<>();
    private final String database;

    public Sql(String database) {
        this(database, "registry");
    }

    /** The statements of {@code db/sql/<file>.sql}, with {@code db/<database>/<file>.sql} overriding. */
    public Sql(String database, String file) {
        this.database = database;
        load("db/sql/" + file + ".sql", true);
        load("db/" + database + "/" + file + ".sql", false);
    }

    /** The folder name under {@code db/} of the database: {@code hsqldb} or {@code postgresql}. */
    public String database() {
        return database;
    }

    /** A statement only some databases have (e.g. HSQLDB's checkpoint settings). */
    public Optional<String> find(String name) {
        return Optional.ofNullable(statements.get(name));
    }

    public String get(String name) {
        String statement = statements.get(name);
        if (statement == null) {
            throw new IllegalStateException("no SQL statement named " + name);
        }
        return statement;
    }

    private void load(String path, boolean required) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            if (required) {
                throw new IllegalStateException("missing " + path);
            }
            return;
        }
        try (InputStream in = resource.getInputStream()) {
            String name = null;
            StringBuilder body = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("-- name:")) {
                    put(name, body);
                    name = line.substring("-- name:".length()).trim();
                    body.setLength(0);
                } else if (name != null && !line.trim().startsWith("--")) {
                    body.append(line).append('\n');
                }
            }
            put(name, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String name, StringBuilder body) {
        if (name != null) {
            statements.put(name, body.toString().trim().replaceAll(";$", ""));
        }
    }
}
