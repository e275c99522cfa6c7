package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/gospages}: the java command it chooses (GOSPAGES_LAUNCHER_SHOW prints it instead of
 * starting it) — C1 only for short commands and small inputs, C2 for large ones and long-lived
 * commands, JAVA_OPTS before the jar, the class archive only while it is newer than the jar.
 */
class LauncherTest {

    static final Path LAUNCHER = Path.of("bin/gospages").toAbsolutePath();

    @TempDir
    Path dir;
    Path jar;

    @BeforeEach
    void aJar() throws IOException {
        jar = Files.writeString(Files.createDirectories(dir.resolve("build")).resolve("gospages.jar"), "not a real jar");
    }

    @Test
    void checkOfASmallFileRunsOnC1Only() throws Exception {
        Path file = Files.writeString(dir.resolve("one.csv"), "ИНН;Ссылка\n");

        assertThat(launch(Map.of(), "check", file.toString()))
                .isEqualTo("java -XX:TieredStopAtLevel=1 -jar " + jar + " check " + file);
    }

    @Test
    void runOfAnInputOverTheLimitKeepsC2WithTheParallelCollectorAndSmallerInlining() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input/2024-01"));
        Files.write(input.resolve("big.csv"), new byte[64 * 1024]);

        assertThat(launch(Map.of("GOSPAGES_C1_MAX_KB", "32"), "run", "--period=2024-01"))
                .isEqualTo("java -XX:+UseParallelGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -jar " + jar + " run --period=2024-01");
        assertThat(launch(Map.of("GOSPAGES_C1_MAX_KB", "1000"), "run", "--period=2024-01"))
                .startsWith("java -XX:TieredStopAtLevel=1 -jar");
        assertThat(launch(Map.of("GOSPAGES_C1_MAX_KB", "32"), "run"))
                .as("the newest input/YYYY-MM, as RunOptions picks it").isEqualTo("java -XX:+UseParallelGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -jar " + jar + " run");
    }

    @Test
    void serveAndScheduleKeepC2AndHelpRunsOnC1() throws Exception {
        assertThat(launch(Map.of(), "serve", "--port=8081")).isEqualTo("java -jar " + jar + " serve --port=8081");
        assertThat(launch(Map.of(), "schedule")).isEqualTo("java -jar " + jar + " schedule");
        assertThat(launch(Map.of(), "help")).isEqualTo("java -XX:TieredStopAtLevel=1 -jar " + jar + " help");
    }

    @Test
    void javaOptsComeAfterTheLaunchersChoiceAndBeforeTheJar() throws Exception {
        assertThat(launch(Map.of("JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=4"), "history"))
                .isEqualTo("java -XX:TieredStopAtLevel=1 -Xmx1g -XX:TieredStopAtLevel=4 -jar " + jar + " history");
    }

    @Test
    void aReadyArchiveIsUsedUntilTheJarIsRebuilt() throws Exception {
        Path ready = Files.createDirectories(dir.resolve("build/fast-start/1"));
        Files.writeString(ready.resolve("gospages.jar"), "extracted");
        Files.writeString(ready.resolve("jvm.txt"), shell("ls -lL \"$(command -v java)\"") + "\n");
        Path archive = Files.writeString(ready.resolve("app.jsa"), "archive");
        Files.writeString(dir.resolve("build/fast-start/current"), "1\n");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(launch(Map.of("GOSPAGES_FAST_START", "on"), "help")).isEqualTo("java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="
                + archive + " -Xlog:cds*=off -jar " + ready.resolve("gospages.jar") + " help");

        // a rebuilt jar: the launcher prepares again, which fails on this jar, and starts the jar itself
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(launch(Map.of("GOSPAGES_FAST_START", "on"), "help")).isEqualTo("java -XX:TieredStopAtLevel=1 -jar " + jar + " help");
    }

    @Test
    void aMissingJarIsNamedWithTheCommandThatBuildsIt() throws Exception {
        Files.delete(jar);
        Process process = start(Map.of(), "help");

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("нет " + jar).contains("mvn -q package -DskipTests");
    }

    private String launch(Map<String, String> env, String... args) throws Exception {
        Process process = start(env, args);
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).isZero();
        return printed;
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(key -> key.equals("JAVA_HOME") || key.startsWith("GOSPAGES_") || key.equals("JAVA_OPTS"));
        builder.environment().put("GOSPAGES_JAR", jar.toString());
        builder.environment().put("GOSPAGES_LAUNCHER_SHOW", "1");
        builder.environment().put("GOSPAGES_FAST_START", "off");
        builder.environment().putAll(env);
        return builder.start();
    }

    private String shell(String script) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", script).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return printed;
    }
}
