package ru.gospages.job;

import java.util.List;
import ru.gospages.job.FilePartitioner.PartitionFile;
import ru.gospages.problems.Problem;
import ru.gospages.rules.CheckedRow;

/**
 * What an intake partition's reader hands its writer, in input order: the checked rows of a file,
 * then the end of that file with what reading it came to. The end of a file is an item, not an
 * afterStep callback, so that its outcome is recorded in a chunk, before Spring Batch can save the
 * partition as complete.
 */
public sealed interface IntakeItem {

    /** One checked row. */
    record Row(CheckedRow row) implements IntakeItem {
    }

    /**
     * A file read to its end or rejected as a whole ({@code rejection}, even after some of its rows
     * were handed on), with its sheet warnings and row counts.
     */
    record FileEnd(PartitionFile file, Problem rejection, List<Problem> sheetProblems,
                   long read, long accepted, long exempt) implements IntakeItem {
    }
}
