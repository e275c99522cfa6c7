package ru.gospages.testing;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import ru.gospages.registry.Database;

/**
 * A database given the application's schema outside a Spring context, with the migrations and the
 * locations the application uses ({@code spring.flyway.locations} in application.properties).
 */
public final class Migrated {

    private Migrated() {
    }

    public static DataSource migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + Database.of(dataSource))
                .load().migrate();
        return dataSource;
    }
}
