package ru.gospages.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.gospages.problems.Problem;
import ru.gospages.problems.Severity;
import ru.gospages.rules.CheckedRow;

/** Counts and problems of one file while it is being checked; {@link #result()} freezes them. */
final class FileTally {

    private final String name;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> organizations = new TreeSet<>();
    private int read;
    private int accepted;
    private int exempt;
    private boolean rejected;
    private Map<String, List<String>> headers = Map.of();

    FileTally(String name) {
        this.name = name;
    }

    void add(CheckedRow row) {
        problems.addAll(row.problems());
        read += row.pageRows();
        accepted += row.accepted().size();
        row.accepted().forEach(page -> reports(page.inn()));
        row.exemption().ifPresent(exemption -> reports(exemption.inn()));
        if (row.pageRows() == 0) {
            exempt++;
        }
    }

    private void reports(String inn) {
        if (inn != null && !inn.isBlank()) {
            organizations.add(inn);
        }
    }

    void addProblems(List<Problem> more) {
        problems.addAll(more);
    }

    void addSheetProblems(List<Problem> sheetProblems) {
        problems.addAll(0, sheetProblems);
    }

    void headers(Map<String, List<String>> sheets) {
        headers = sheets;
    }

    void reject(Problem problem) {
        rejected = true;
        problems.clear();
        problems.add(problem);
        read = 0;
        accepted = 0;
        exempt = 0;
        organizations.clear();
    }

    FileCheck result() {
        FileCheck.Status status = rejected ? FileCheck.Status.REJECTED
                : problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? FileCheck.Status.ERRORS
                : problems.stream().anyMatch(p -> p.severity() == Severity.WARNING) ? FileCheck.Status.WARNINGS
                : FileCheck.Status.OK;
        return new FileCheck(name, status, read, accepted, exempt, problems, rejected ? Map.of() : headers,
                organizations);
    }
}
