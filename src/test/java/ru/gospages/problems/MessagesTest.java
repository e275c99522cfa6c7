package ru.gospages.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Messages parse each pattern once and still format every call with its own arguments, from any thread. */
class MessagesTest {

    @Test
    void theSamePatternFormattedOnTwoThreadsAtOnceGivesEachCallItsOwnArguments() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int offset = thread * 1_000_000;
                results.add(threads.submit(() -> {
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < 20_000; i++) {
                        texts.add(Messages.of(ProblemCode.R_DUPLICATE, null, "vk.com/club" + (offset + i), 12_345 + i));
                    }
                    return texts;
                }));
            }
            for (int thread = 0; thread < 2; thread++) {
                List<String> texts = results.get(thread).get();
                for (int i = 0; i < texts.size(); i++) {
                    // numbers as written: no grouping separator
                    assertThat(texts.get(i)).isEqualTo("Страница vk.com/club" + (thread * 1_000_000 + i)
                            + " уже указана ранее: " + (12_345 + i));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aMessageIsItsPatternWithTheArgumentInPlace() {
        assertThat(Messages.of(ProblemCode.R_ORG_UNKNOWN, null, "8601010390"))
                .isEqualTo("Организации с ИНН 8601010390 нет в справочнике организаций: проверьте ИНН или сообщите в центр,"
                        + " чтобы её добавили в справочник");
    }
}
