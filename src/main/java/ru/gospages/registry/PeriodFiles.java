package ru.gospages.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import ru.gospages.rules.Problem;

/**
 * Reading back what the merge and the carry-over left in a run's work folder, for the outputs: every
 * problem in input order, the errors that rejected files, the exemption rows, the changes.
 */
public final class PeriodFiles {

    private PeriodFiles() {
    }

    /** Every problem of the period in input order. Close the iterator. */
    public static Records<Problem> problems(StageFolder stage) {
        return new Records<>(RecordInput.open(stage.problems()), in -> in.tag() < 0 ? null : StagedRows.readProblem(in));
    }

    /** The errors that rejected whole files, in input order. */
    public static List<Problem> rejections(StageFolder stage, List<FileOutcome> files) {
        List<Problem> rejections = new ArrayList<>();
        for (FileOutcome file : files) {
            if (file.rejected()) {
                StagedRows.readProblems(stage.fileProblems(file.fileOrd())).stream().filter(Problem::isError)
                        .forEach(rejections::add);
            }
        }
        return rejections;
    }

    public static Records<ListedExemption> exemptions(StageFolder stage) {
        return new Records<>(RecordInput.open(stage.exemptions()), ListedExemption::read);
    }

    /** The changes against the previous run, in the order the carry-over found them. */
    public static Records<ChangeEntry> changes(StageFolder stage) {
        return new Records<>(RecordInput.open(stage.changes()), ChangeEntry::read);
    }

    /** Records of one work file, read once. */
    public static final class Records<T> extends ReadAhead<T> implements AutoCloseable {
        private final RecordInput in;
        private final Function<RecordInput, T> reader;

        Records(RecordInput in, Function<RecordInput, T> reader) {
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
