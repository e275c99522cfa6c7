package ru.gospages.job;

import java.util.List;
import ru.gospages.registry.StageFolder;
import ru.gospages.registry.StagedRows;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Problem;

/**
 * The stage of the file one intake partition reads: emptied when the partition starts (a restarted
 * partition reads its file again from the first row), appended to chunk by chunk, and closed with the
 * file's problems when the file is done. A file rejected late loses the rows already staged.
 */
public class FileStage {

    private final StageFolder folder;
    private final int fileOrd;
    private StagedRows.Writer rows;

    public FileStage(StageFolder folder, int fileOrd) {
        this.folder = folder;
        this.fileOrd = fileOrd;
    }

    public void open() {
        close();
        folder.clearFile(fileOrd);
        rows = new StagedRows.Writer(folder.rows(fileOrd));
    }

    public void write(List<? extends CheckedRow> chunk) {
        if (rows == null) {
            open();
        }
        rows.write(chunk);
    }

    /** The file was read to the end: its rows stay, with the warnings about its sheets. */
    public void complete(List<Problem> sheetProblems) {
        if (rows == null) {
            open();
        }
        close();
        StagedRows.writeProblems(folder.fileProblems(fileOrd), sheetProblems);
    }

    /** The file is rejected as a whole: only its file problem stays. */
    public void reject(Problem rejection) {
        close();
        folder.clearFile(fileOrd);
        StagedRows.writeProblems(folder.fileProblems(fileOrd), List.of(rejection));
    }

    public void close() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
