package ru.gospages.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void theConsumerGetsEveryRecordInOrderOnItsOwnThreadBeforeCloseReturns() {
        List<Integer> taken = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        try (Background<Integer> background = Background.each("test-worker", record -> {
            taken.add(record);
            if (threads.isEmpty()) {
                threads.add(Thread.currentThread().getName());
            }
        })) {
            for (int i = 0; i < 12_345; i++) {
                background.accept(i);
            }
        }
        assertThat(taken).hasSize(12_345);
        for (int i = 0; i < taken.size(); i++) {
            assertThat(taken.get(i)).isEqualTo(i);
        }
        assertThat(threads).containsExactly("test-worker");
    }

    @Test
    void aFailureOfTheConsumerStopsTheProducerAndIsThrownOnce() {
        Background<Integer> background = Background.each("failing", record -> {
            if (record == 1_500) {
                throw new IllegalArgumentException("bad record " + record);
            }
        });
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                background.accept(i);
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("bad record 1500");
        // thrown once: the producer has it already
        assertThatCode(background::close).doesNotThrowAnyException();
    }

    @Test
    void aFailureOfTheConsumerReachesAProducerInTryWithResourcesAsItselfNotAsASelfSuppression() {
        IllegalStateException failure = new IllegalStateException("disk full");
        assertThatThrownBy(() -> {
            try (Background<Integer> background = Background.each("failing", record -> {
                if (record == 2_500) {
                    throw failure;
                }
            })) {
                for (int i = 0; i < 1_000_000; i++) {
                    background.accept(i);
                }
            }
        }).isSameAs(failure).satisfies(thrown -> assertThat(thrown.getSuppressed()).isEmpty());
    }

    @Test
    void aFailureFoundOnlyWhenClosingIsThrownByClose() {
        Background<Integer> background = Background.each("failing-late", record -> {
            throw new IllegalArgumentException("bad record " + record);
        });
        background.accept(1);
        assertThatThrownBy(background::close).isInstanceOf(IllegalArgumentException.class).hasMessage("bad record 1");
    }

    @Test
    void aTaskReadsTheRecordsAsAnIteratorAndMayStopEarlyWithoutBlockingTheProducer() {
        List<Integer> firstTen = new ArrayList<>();
        try (Background<Integer> background = new Background<>("reader", records -> {
            while (records.hasNext() && firstTen.size() < 10) {
                firstTen.add(records.next());
            }
        })) {
            for (int i = 0; i < 50_000; i++) {
                background.accept(i);
            }
        }
        assertThat(firstTen).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void endReturnsWhileTheTaskIsStillAtWorkAndCloseWaitsForItsEnd() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> taken = new ArrayList<>();
        Background<Integer> background = new Background<>("slow-writer", records -> {
            records.forEachRemaining(taken::add);
            // the task's own tail (compressing a file): it goes on after the input ended
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            taken.add(-1);
        });
        for (int i = 0; i < 2_500; i++) {
            background.accept(i);
        }
        // a deadlock, not a speed, is what the bound catches: end() must not wait for the tail
        assertTimeoutPreemptively(Duration.ofSeconds(20), background::end);
        background.end();
        release.countDown();
        background.close();
        assertThat(taken).hasSize(2_501).startsWith(0, 1, 2).endsWith(2_499, -1);
    }
}
