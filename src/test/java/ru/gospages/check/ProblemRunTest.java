package ru.gospages.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;

class ProblemRunTest {

    static Problem missingInn(int row) {
        return new Problem("a.xlsx", "Лист1", row, "", "", ProblemCode.R_INN_MISSING, Severity.ERROR, "Не указан ИНН");
    }

    static Problem badInn(int row, String value) {
        return new Problem("a.xlsx", "Лист1", row, "B", value, ProblemCode.R_INN_INVALID, Severity.ERROR, "ИНН " + value + " неверен");
    }

    @Test
    void sameProblemOnThousandConsecutiveRowsIsOneRunWithItsRange() {
        List<Problem> problems = new ArrayList<>();
        for (int row = 2; row <= 1001; row++) {
            problems.add(missingInn(row));
        }
        List<ProblemRun> runs = ProblemRun.of(problems);
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.firstRow()).isEqualTo(2);
            assertThat(run.lastRow()).isEqualTo(1001);
            assertThat(run.count()).isEqualTo(1000);
            assertThat(run.isRange()).isTrue();
        });
    }

    @Test
    void interleavedProblemsOfEachRowStillGroupPerFinding() {
        List<Problem> problems = List.of(missingInn(2), badInn(2, "1"), missingInn(3), badInn(3, "1"), missingInn(4));
        List<ProblemRun> runs = ProblemRun.of(problems);
        assertThat(runs).extracting(r -> r.first().code(), ProblemRun::firstRow, ProblemRun::lastRow, ProblemRun::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.R_INN_MISSING, 2, 4, 3),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.R_INN_INVALID, 2, 3, 2));
    }

    @Test
    void gapOrDifferentValueStartsANewRun() {
        List<ProblemRun> runs = ProblemRun.of(List.of(missingInn(2), missingInn(3), missingInn(5), badInn(6, "1"), badInn(7, "2")));
        assertThat(runs).extracting(ProblemRun::firstRow, ProblemRun::lastRow)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 3), org.assertj.core.groups.Tuple.tuple(5, 5),
                        org.assertj.core.groups.Tuple.tuple(6, 6), org.assertj.core.groups.Tuple.tuple(7, 7));
    }

    @Test
    void fileProblemsAreNeverGrouped() {
        Problem file = Problem.ofFile("a.xlsx", ProblemCode.F_NO_HEADER, Severity.WARNING, "нет заголовка");
        assertThat(ProblemRun.of(List.of(file, file))).hasSize(2).allSatisfy(r -> assertThat(r.isRange()).isFalse());
    }
}
