package ru.gospages.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * The work folder of a run of one period, {@code <output>/.work/<period>/}: what each intake
 * partition staged from its file, and what the merge and the carry-over hand on to the next step.
 * It outlives a crash, so that a restarted run goes on from the files already staged, and is
 * deleted when the run completes.
 */
public final class StageFolder {

    /** The folder under the output root that holds the work folders of runs in progress. */
    public static final String WORK = ".work";

    private final Path folder;

    public StageFolder(Path output, String period) {
        this.folder = output.resolve(WORK).resolve(period);
    }

    public Path path() {
        return folder;
    }

    /** The accepted page rows, exemptions and row problems of one file, in input order. */
    public Path rows(int fileOrd) {
        return file(String.format("file-%06d.rows", fileOrd));
    }

    /** The file problems of one file: its rejection, or the warnings about its sheets. */
    public Path fileProblems(int fileOrd) {
        return file(String.format("file-%06d.problems", fileOrd));
    }

    /** The first listing of each page of the period, in sorted runs of publication order (the merge). */
    public Path listedPages() {
        return file("listed");
    }

    /** Per listed page, in the same order, its key and what all its listings said: verified, followers (the merge). */
    public Path listedKeys() {
        return file("listed.keys");
    }

    /** The INNs of the organisations that submitted an accepted page row or an exemption (the merge). */
    public Path submitters() {
        return file("submitters");
    }

    /** Every problem of the period in input order, file problems and merge findings included (the merge). */
    public Path problems() {
        return file("problems");
    }

    /** The standing of each organisation of the directory (SPEC 13), when there is one (the carry-over). */
    public Path directory() {
        return file("directory.json");
    }

    /** The exemption rows of the period (the merge). */
    public Path exemptions() {
        return file("exemptions");
    }

    /** The changes against the previous run, in publication order (the carry-over). */
    public Path changes() {
        return file("changes");
    }

    /** The verification figures of the registry (the carry-over). */
    public Path figures() {
        return file("figures.json");
    }

    /** The registry's open-data file, written as the carry-over stores the registry; the outputs move it into place. */
    public Path draftRegistryCsv() {
        return file("registry.csv");
    }

    /** The registry workbook, written as the carry-over stores the registry; the outputs move it into place. */
    public Path draftRegistryXlsx() {
        return file("registry.xlsx");
    }

    /** Where sorts spill their runs. */
    public Path sorting() {
        return file("sort");
    }

    /** Removes the staged data of one file (a restarted or rejected file). */
    public void clearFile(int fileOrd) {
        try {
            Files.deleteIfExists(rows(fileOrd));
            Files.deleteIfExists(fileProblems(fileOrd));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the folder for a new run of the period. */
    public void clear() {
        delete();
        file("");
    }

    /** Removes the folder and everything in it. */
    public void delete() {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // the .work folder itself goes with its last run; another period's run may still need it
            Files.deleteIfExists(folder.getParent());
        } catch (IOException e) {
            // not empty, or just filled again by a run of another period
        }
    }

    private Path file(String name) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve(name);
    }
}
