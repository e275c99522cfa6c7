package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import ru.gospages.testing.Corpus;

/**
 * Every file of the third-party robustness corpus ({@code /work/shared/corpus/realworld}, README
 * there) is either read to its last row or rejected with a file problem: no other exception, no
 * hang, no network call. The path comes from {@link Corpus} ({@code -Dgospages.corpus} or
 * {@code GOSPAGES_CORPUS}); the test is skipped when the corpus is absent.
 */
class RealWorldCorpusTest {

    private static final Path CORPUS = Corpus.realWorld();
    // generous: the slowest file reads in about 2 s alone, but HSSF pays for every debug message it
    // builds (log4j-to-slf4j evaluates them before the level check) and the machine may be busy
    private static final Duration PER_FILE = Duration.ofSeconds(30);
    private static final SheetFormats FORMATS = new SheetFormats();
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, Long> MILLIS = new ConcurrentHashMap<>();
    private static final List<URI> NETWORK_CALLS = new CopyOnWriteArrayList<>();
    private static ProxySelector originalProxySelector;

    @BeforeAll
    static void watchForNetworkCalls() {
        // every URL connection and plain socket asks the default ProxySelector first
        originalProxySelector = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                NETWORK_CALLS.add(uri);
                throw new IllegalStateException("network call while reading the corpus: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    @AfterAll
    static void printSummary() {
        ProxySelector.setDefault(originalProxySelector);
        if (MILLIS.isEmpty()) {
            return;
        }
        Map.Entry<String, Long> slowest = MILLIS.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        System.out.println("corpus summary: " + MILLIS.size() + " files; " + new TreeMap<>(OUTCOMES)
                + "; slowest " + slowest.getKey() + " in " + slowest.getValue() + " ms");
        assertThat(NETWORK_CALLS).as("network calls").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyFileIsReadOrRejectedWithAFileProblem() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "robustness corpus not found at " + CORPUS.toAbsolutePath() + " (set -Dgospages.corpus)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getParent().equals(CORPUS)) // README.md and MANIFEST.csv are no inputs
                    .sorted()
                    .collect(Collectors.toList());
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(),
                () -> assertTimeoutPreemptively(PER_FILE, () -> readOrReject(file))));
    }

    private static void readOrReject(Path file) {
        String name = CORPUS.relativize(file).toString();
        long start = System.nanoTime();
        String outcome;
        String detail;
        try (SheetCursor cursor = FORMATS.open(file, IntakeLimits.defaults())) {
            int sheets = 0;
            long rows = 0;
            for (Optional<String> sheet = cursor.nextSheet(); sheet.isPresent(); sheet = cursor.nextSheet()) {
                sheets++;
                for (RawRow row = cursor.nextRow(); row != null; row = cursor.nextRow()) {
                    rows++;
                }
            }
            outcome = "read";
            detail = "read " + sheets + " sheets, " + rows + " rows";
        } catch (SubmissionException e) {
            assertThat(e.code().isFileCode()).as("a file problem code").isTrue();
            outcome = e.code().code();
            detail = outcome + " " + e.getMessage();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        OUTCOMES.merge(outcome, 1, Integer::sum);
        MILLIS.put(name, millis);
        System.out.println("corpus: " + name + " — " + detail + " (" + millis + " ms)");
    }
}
