package ru.gospages.publish;

import java.util.OptionalLong;
import ru.gospages.problems.Problem;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.Table;

/** Every problem of a run (SPEC 7): {@code problems.csv} and {@code problems.xlsx}. */
public final class ProblemTable {

    private static final Table<Problem> TABLE = Table.of("Замечания",
            Column.text("file", "Файл", 40, Problem::file),
            Column.text("sheet", "Лист", 20, Problem::sheet),
            // file problems have row 0, which is no row at all
            Column.integer("row", "Строка", 9,
                    problem -> problem.row() == 0 ? OptionalLong.empty() : OptionalLong.of(problem.row())),
            Column.text("column", "Столбец", 9, Problem::column),
            Column.text("value", "Значение", 30, Problem::value),
            Column.text("code", "Код", 24, problem -> problem.code().code()),
            Column.text("severity", "Важность", 11, problem -> problem.severity().label()),
            Column.text("message", "Что исправить", 90, Problem::message));

    private ProblemTable() {
    }

    public static Table<Problem> table() {
        return TABLE;
    }
}
