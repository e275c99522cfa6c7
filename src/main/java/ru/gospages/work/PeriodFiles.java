package ru.gospages.work;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import ru.gospages.problems.Problem;

/**
 * Reading back the work files of a run's problems, for the outputs: every problem in input order (the
 * merge writes them with {@link StagedRows#writeProblem}), the errors that rejected files; and the
 * one-pass reading of any work file of records ({@link Records}).
 */
public final class PeriodFiles {

    private PeriodFiles() {
    }

    /** Every problem of the period in input order. Close the iterator. */
    public static Records<Problem> problems(StageFolder stage) {
        return new Records<>(RecordInput.open(stage.problems()), in -> in.tag() < 0 ? null : StagedRows.readProblem(in));
    }

    /** The errors that rejected whole files, in input order. */
    public static List<Problem> rejections(StageFolder stage, List<Integer> rejectedFileOrds) {
        List<Problem> rejections = new ArrayList<>();
        for (int fileOrd : rejectedFileOrds) {
            StagedRows.readProblems(stage.fileProblems(fileOrd)).stream().filter(Problem::isError).forEach(rejections::add);
        }
        return rejections;
    }

    /** Records of one work file, read once. */
    public static final class Records<T> extends ReadAhead<T> implements AutoCloseable {
        private final RecordInput in;
        private final Function<RecordInput, T> reader;

        public Records(RecordInput in, Function<RecordInput, T> reader) {
            this.in = in;
            this.reader = reader;
        }

        @Override
        protected T read() {
            return reader.apply(in);
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
