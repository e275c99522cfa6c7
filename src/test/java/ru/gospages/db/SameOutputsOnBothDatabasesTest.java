package ru.gospages.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.cli.Cli;
import ru.gospages.cli.ExitCode;
import ru.gospages.testing.OutputSnapshot;
import ru.gospages.testing.TestDatabase;

/**
 * SPEC 12: the outputs of a period are byte-identical on both databases. Both sample periods
 * (input/2022-11, input/2022-12, with carry-over between them, with the sample organisation directory) are run on a new HSQLDB and on a new
 * PostgreSQL database, and every output file compared. Needs a PostgreSQL server (skips without one).
 */
@Tag("database")
class SameOutputsOnBothDatabasesTest {

    @TempDir
    Path dir;

    @Test
    void bothSamplePeriodsWriteTheSameBytesOnHsqldbAndPostgresql() {
        var server = TestDatabase.PostgresServer.fromEnvironment();
        assumeTrue(server.isPresent(), TestDatabase.PostgresServer.absentMessage());
        TestDatabase hsqldb = TestDatabase.durable(dir.resolve("hsqldb-db"));
        if (hsqldb.url().startsWith("jdbc:postgresql")) {
            // the PostgreSQL pass of the tests: durable() gives PostgreSQL there, take HSQLDB by hand
            hsqldb = new TestDatabase("jdbc:hsqldb:file:" + dir.resolve("hsqldb-db/g")
                    + ";shutdown=true;hsqldb.tx=mvcc;hsqldb.default_table_type=cached", "sa", "");
        }
        TestDatabase postgresql = server.get().create("same");

        Map<String, String> onHsqldb = samplePeriods(hsqldb, dir.resolve("out-hsqldb"));
        Map<String, String> onPostgresql = samplePeriods(postgresql, dir.resolve("out-postgresql"));

        assertThat(onHsqldb).hasSizeGreaterThan(20);
        assertThat(onPostgresql).isEqualTo(onHsqldb);
    }

    private static Map<String, String> samplePeriods(TestDatabase database, Path output) {
        for (String period : List.of("2022-11", "2022-12")) {
            // with the sample directory, so its figures and last reports (gp_last_report) are compared too
            List<String> args = new ArrayList<>(List.of("run", "--period=" + period, "--output=" + output,
                    "--gospages.directory=jobs/reference/organizations.csv"));
            args.addAll(database.arguments());
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int exit = new Cli(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
            assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.OK);
        }
        return OutputSnapshot.of(output);
    }
}
