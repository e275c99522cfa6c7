package ru.gospages.publish.portal;

import javax.sql.DataSource;
import ru.gospages.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.testing.Migrated;

/**
 * A publisher over a fresh in-memory database, with the settings a test gives, the pauses between
 * CKAN retries recorded instead of slept, and every line it says kept.
 */
public final class Publishing {

    public final PublishRecords records;
    public final Publisher publisher;
    public final List<Duration> pauses = new ArrayList<>();
    public final List<String> said = new ArrayList<>();

    public Publishing(PublishSettings settings, UnaryOperator<String> environment) {
        DataSource dataSource = TestDatabase.fresh("publish").dataSource();
        Migrated.migrate(dataSource);
        records = new PublishRecords(new NamedParameterJdbcTemplate(dataSource));
        publisher = new Publisher(settings, records, environment, pauses::add);
    }

    public PublishOutcome publish(java.nio.file.Path output) {
        return publisher.publish(PublishRequest.of(output), said::add);
    }

    /** Settings for one target; CKAN with 1 ms pauses and short timeouts. */
    public static PublishSettings settings(String target, String staticDir, String ckanUrl, String tokenHeader) {
        return new PublishSettings(target, false, new PublishSettings.StaticFolder(staticDir),
                new PublishSettings.Ckan(ckanUrl, "ugra-digital", tokenHeader, Duration.ofSeconds(2), Duration.ofSeconds(1),
                        3, Duration.ofMillis(100)));
    }
}
