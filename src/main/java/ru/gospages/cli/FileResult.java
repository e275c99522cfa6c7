package ru.gospages.cli;

import java.util.ArrayList;
import java.util.List;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Problem;
import ru.gospages.rules.Severity;

/** What checking one file found: its problems and row counts, or the one problem that rejected it. */
final class FileResult {

    private final String name;
    private final List<Problem> problems = new ArrayList<>();
    private int read;
    private int accepted;
    private int exempt;
    private boolean rejected;

    FileResult(String name) {
        this.name = name;
    }

    void add(CheckedRow row) {
        problems.addAll(row.problems());
        read += row.pageRows();
        accepted += row.accepted().size();
        if (row.pageRows() == 0) {
            exempt++;
        }
    }

    void addProblems(List<Problem> more) {
        problems.addAll(more);
    }

    void addSheetProblems(List<Problem> sheetProblems) {
        problems.addAll(0, sheetProblems);
    }

    void reject(Problem problem) {
        rejected = true;
        problems.clear();
        problems.add(problem);
        read = 0;
        accepted = 0;
        exempt = 0;
    }

    String name() {
        return name;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean rejected() {
        return rejected;
    }

    int read() {
        return read;
    }

    int accepted() {
        return accepted;
    }

    int exempt() {
        return exempt;
    }

    long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
