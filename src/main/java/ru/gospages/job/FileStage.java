package ru.gospages.job;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.gospages.job.FilePartitioner.PartitionFile;
import ru.gospages.problems.Problem;
import ru.gospages.rules.CheckedRow;
import ru.gospages.work.StageFolder;
import ru.gospages.work.StagedRows;

/**
 * The stages of the files one intake partition reads: emptied when the partition starts (a restarted
 * partition reads its files again from their first rows), appended to chunk by chunk — rows come in
 * input order, so each file's stage is opened once, when its first row arrives — and closed with
 * each file's problems when the partition is done. A file rejected late loses the rows already staged.
 */
public class FileStage {

    private final StageFolder folder;
    private final Map<String, Integer> ordByName = new HashMap<>();
    private StagedRows.Writer rows;
    private int rowsOf = -1;

    public FileStage(StageFolder folder, List<PartitionFile> files) {
        this.folder = folder;
        files.forEach(file -> ordByName.put(file.file().name(), file.ord()));
    }

    /** Drops what an earlier attempt staged for the partition's files. */
    public void open() {
        close();
        ordByName.values().forEach(folder::clearFile);
    }

    public void write(List<? extends CheckedRow> chunk) {
        int from = 0;
        for (int i = 0; i < chunk.size(); i++) {
            int ord = ord(chunk.get(i));
            if (ord != rowsOf) {
                writeTo(chunk.subList(from, i));
                close();
                rows = new StagedRows.Writer(folder.rows(ord));
                rowsOf = ord;
                from = i;
            }
        }
        writeTo(chunk.subList(from, chunk.size()));
    }

    /** The file was read to the end: its rows stay (none may have come), with the warnings about its sheets. */
    public void complete(int fileOrd, List<Problem> sheetProblems) {
        if (rowsOf == fileOrd) {
            close();
        }
        if (!Files.exists(folder.rows(fileOrd))) {
            new StagedRows.Writer(folder.rows(fileOrd)).close();
        }
        StagedRows.writeProblems(folder.fileProblems(fileOrd), sheetProblems);
    }

    /** The file is rejected as a whole: only its file problem stays. */
    public void reject(int fileOrd, Problem rejection) {
        if (rowsOf == fileOrd) {
            close();
        }
        folder.clearFile(fileOrd);
        StagedRows.writeProblems(folder.fileProblems(fileOrd), List.of(rejection));
    }

    public void close() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
        rowsOf = -1;
    }

    private void writeTo(List<? extends CheckedRow> rowsOfOneFile) {
        if (!rowsOfOneFile.isEmpty()) {
            rows.write(rowsOfOneFile);
        }
    }

    private int ord(CheckedRow row) {
        Integer ord = ordByName.get(row.place().file());
        if (ord == null) {
            throw new IllegalStateException("a row of a file outside the partition: " + row.place().file());
        }
        return ord;
    }
}
