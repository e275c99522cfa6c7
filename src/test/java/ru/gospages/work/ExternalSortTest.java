package ru.gospages.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTest {

    @TempDir
    Path dir;

    @Test
    void recordsComeOutInOrderAcrossRunsSpilledToDisk() throws IOException {
        List<String> expected = new ArrayList<>();
        try (ExternalSort<String> sort = sort(100)) {
            Random random = new Random(7);
            for (int i = 0; i < 1_050; i++) {
                String value = Integer.toString(random.nextInt(1_000_000), 36);
                sort.add(value);
                expected.add(value);
            }
            expected.sort(Comparator.naturalOrder());
            assertThat(runFiles()).hasSize(10);
            assertThat(read(sort)).isEqualTo(expected);
            assertThat(sort.size()).isEqualTo(1_050);
        }
        assertThat(runFiles()).isEmpty();
    }

    @Test
    void theSameOrderCanBeReadTwiceAtOnce() {
        try (ExternalSort<String> sort = sort(3)) {
            List.of("d", "b", "e", "a", "c", "f", "g").forEach(sort::add);
            try (ExternalSort.Sorted<String> first = sort.sorted(); ExternalSort.Sorted<String> second = sort.sorted()) {
                assertThat(first.next()).isEqualTo("a");
                assertThat(second.next()).isEqualTo("a");
                assertThat(first.next()).isEqualTo("b");
                List<String> rest = new ArrayList<>();
                second.forEachRemaining(rest::add);
                assertThat(rest).containsExactly("b", "c", "d", "e", "f", "g");
            }
        }
    }

    @Test
    void aSortThatFitsOneRunNeverTouchesTheDisk() throws IOException {
        try (ExternalSort<String> sort = sort(100)) {
            List.of("b", "a", "c").forEach(sort::add);
            assertThat(read(sort)).containsExactly("a", "b", "c");
            assertThat(read(sort)).containsExactly("a", "b", "c");
            assertThat(Files.exists(dir.resolve("runs"))).isFalse();
        }
    }

    @Test
    void runsHandedOverByTwoSortsMergeIntoOneOrderLater() {
        List<Path> runs = new ArrayList<>();
        try (ExternalSort<String> first = sort(2); ExternalSort<String> second = sort(100)) {
            List.of("e", "a", "c", "g").forEach(first::add);
            List.of("f", "b", "d").forEach(second::add);
            runs.addAll(first.spillAll());
            runs.addAll(second.spillAll());
        }
        assertThat(runs).hasSize(3).allMatch(Files::isRegularFile);
        assertThat(ExternalSort.runsIn(dir.resolve("runs"))).containsExactlyInAnyOrderElementsOf(runs);
        List<String> values = new ArrayList<>();
        try (ExternalSort.Sorted<String> merged = ExternalSort.merge(runs, Comparator.<String>naturalOrder(),
                in -> in.tag() < 0 ? null : in.string())) {
            merged.forEachRemaining(values::add);
        }
        assertThat(values).containsExactly("a", "b", "c", "d", "e", "f", "g");
    }

    @Test
    void withAHelperThreadTheRunsAndTheOrderAreThoseOfTheCallersThreadAlone() throws IOException {
        Random random = new Random(11);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 20_123; i++) {
            values.add(Integer.toString(random.nextInt(100_000_000), 36));
        }
        List<String> alone;
        try (ExternalSort<String> sort = sort(1_000)) {
            values.forEach(sort::add);
            alone = read(sort);
        }
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (ExternalSort<String> sort = new ExternalSort<>(dir.resolve("runs"), Comparator.naturalOrder(), (out, value) -> {
            threads.add(Thread.currentThread().getName());
            out.tag('S').string(value);
        }, in -> in.tag() < 0 ? null : in.string(), 1_000, "test-sort-helper")) {
            values.forEach(sort::add);
            assertThat(runFiles()).hasSize(20);
            assertThat(read(sort)).isEqualTo(alone).hasSize(20_123).isSorted();
            assertThat(sort.size()).isEqualTo(20_123);
        }
        assertThat(threads).contains("test-sort-helper");
        assertThat(runFiles()).isEmpty();
    }

    @Test
    void aRunTheHelperFailedToWriteFailsTheSortWhereItsRunsAreNeeded() {
        try (ExternalSort<String> sort = new ExternalSort<>(dir.resolve("runs"), Comparator.naturalOrder(), (out, value) -> {
            if (value.equals("boom")) {
                throw new IllegalStateException("disk full");
            }
            out.tag('S').string(value);
        }, in -> in.tag() < 0 ? null : in.string(), 2, "test-sort-helper")) {
            // thrown by a later add once the helper's run has failed, or at the latest by spillAll
            assertThatThrownBy(() -> {
                List.of("a", "boom", "c", "d", "e", "f", "g", "h").forEach(sort::add);
                sort.spillAll();
            }).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        }
    }

    @Test
    void anEmptySortReadsNothing() {
        try (ExternalSort<String> sort = sort(2)) {
            assertThat(read(sort)).isEmpty();
        }
    }

    private ExternalSort<String> sort(int runSize) {
        return new ExternalSort<>(dir.resolve("runs"), Comparator.naturalOrder(), (out, value) -> out.tag('S').string(value),
                in -> in.tag() < 0 ? null : in.string(), runSize);
    }

    private static List<String> read(ExternalSort<String> sort) {
        List<String> values = new ArrayList<>();
        try (ExternalSort.Sorted<String> sorted = sort.sorted()) {
            sorted.forEachRemaining(values::add);
        }
        return values;
    }

    private List<Path> runFiles() throws IOException {
        if (!Files.isDirectory(dir.resolve("runs"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.resolve("runs"))) {
            return files.toList();
        }
    }
}
