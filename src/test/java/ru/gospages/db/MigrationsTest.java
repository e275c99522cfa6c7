package ru.gospages.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import ru.gospages.cli.Cli;
import ru.gospages.cli.ExitCode;

/**
 * The schema is Flyway's: a new database gets every migration, and an embedded database made before
 * the migrations existed (its tables created at start-up by Spring Batch's script and ours) is
 * baselined and keeps its runs.
 */
class MigrationsTest {

    static final String URL_OPTIONS = ";shutdown=true;hsqldb.tx=mvcc;hsqldb.default_table_type=cached";

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseGetsEveryMigrationInOrder() {
        String url = "jdbc:hsqldb:file:" + dir.resolve("new/g") + URL_OPTIONS;
        assertThat(history(url)).isEqualTo(ExitCode.OK);
        List<String> applied = new JdbcTemplate(dataSource(url)).queryForList(
                "SELECT \"version\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"", String.class);
        assertThat(applied).containsExactly("1", "2", "3", "4", "5", "6", "7");
        List<String> tables = new JdbcTemplate(dataSource(url)).queryForList(
                "SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'", String.class);
        assertThat(tables).contains("batch_job_execution", "gp_run", "gp_run_lock", "gp_registry_block", "gp_account",
                "gp_audit", "gp_handin", "gp_publish", "gp_publish_file", "gp_last_report", "gp_handin_org");
    }

    @Test
    void anEmbeddedDatabaseFromBeforeTheMigrationsIsBaselinedAndKeepsItsRuns() {
        String url = "jdbc:hsqldb:file:" + dir.resolve("old/g") + URL_OPTIONS;
        DataSource old = dataSource(url);
        // what start-up did before: Spring Batch's script, then ours, no migration history
        ResourceDatabasePopulator before = new ResourceDatabasePopulator(
                new ClassPathResource("org/springframework/batch/core/schema-hsqldb.sql"),
                new ClassPathResource("db/migration/common/V2__gospages_tables.sql"),
                new ClassPathResource("db/migration/hsqldb/V3__registry_blocks.sql"),
                new ByteArrayResource("INSERT INTO gp_run VALUES ('2022-11', 7, 2, TIMESTAMP '2022-12-01 06:00:00');SHUTDOWN"
                        .getBytes(StandardCharsets.UTF_8)));
        before.execute(old);

        assertThat(history(url)).isEqualTo(ExitCode.OK);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource(url));
        assertThat(jdbc.queryForList("SELECT \"version\", \"type\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")
                .stream().map(r -> r.get("version") + ":" + r.get("type")).toList())
                .containsExactly("1:BASELINE", "2:SQL", "3:SQL", "4:SQL", "5:SQL", "6:SQL", "7:SQL");
        assertThat(jdbc.queryForObject("SELECT job_execution_id FROM gp_run WHERE period = '2022-11'", Long.class)).isEqualTo(7L);
    }

    private static int history(String url) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        return new Cli(new PrintStream(printed, true, StandardCharsets.UTF_8)).run("history", "--spring.datasource.url=" + url);
    }

    private static DataSource dataSource(String url) {
        return new DriverManagerDataSource(url, "sa", "");
    }
}
