package ru.gospages.work;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import ru.gospages.problems.Place;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Exemption;
import ru.gospages.rules.PageRecord;
import ru.gospages.text.CellText;
import ru.gospages.text.Lengths;

/**
 * The staged rows of one submission file: each checked row as its problems, then its accepted page
 * rows (URL columns left to right), then its exemption — input order, as the merge reads them.
 * Long texts are cut to the lengths the registry keeps ({@link Text#fit}).
 */
public final class StagedRows {

    private static final int PROBLEM = 'P';
    private static final int PAGE = 'G';
    private static final int EXEMPTION = 'E';

    /** What the merge does with each staged record of a file, in input order. */
    public interface Visitor {
        void problem(Problem problem);

        void page(PageRecord page);

        void exemption(Exemption exemption);
    }

    private StagedRows() {
    }

    /** Appends checked rows to a file's stage. */
    public static final class Writer implements AutoCloseable {
        private final RecordOutput out;

        public Writer(Path file) {
            this.out = RecordOutput.create(file);
        }

        public void write(List<? extends CheckedRow> rows) {
            for (CheckedRow row : rows) {
                row.problems().forEach(problem -> writeProblem(out, problem));
                row.accepted().forEach(this::writePage);
                row.exemption().ifPresent(this::writeExemption);
            }
            out.flush();
        }

        private void writePage(PageRecord page) {
            Place place = page.place();
            out.tag(PAGE).string(Lengths.fit(place.sheet(), 300)).integer(place.sheetIndex()).integer(place.row())
                    .integer(page.urlColumn()).string(Lengths.fit(page.organization(), 2000)).string(page.inn())
                    .string(page.ogrn()).string(Lengths.fit(page.orgType(), 200)).string(page.oktmo())
                    .string(page.platform()).string(Lengths.fit(page.pageKey(), 300)).string(Lengths.fit(page.pageUrl(), 400))
                    .string(Lengths.fit(page.writtenUrl(), 1000)).flag(page.verified()).optionalNumber(page.followers());
        }

        private void writeExemption(Exemption exemption) {
            Place place = exemption.place();
            out.tag(EXEMPTION).string(Lengths.fit(place.sheet(), 300)).integer(place.sheetIndex()).integer(place.row())
                    .string(Lengths.fit(exemption.organization(), 2000)).string(exemption.inn()).string(exemption.oktmo())
                    .string(Lengths.fit(exemption.ground(), 2000));
        }

        @Override
        public void close() {
            out.close();
        }
    }

    /** Writes problems that are not tied to a data row (a file's rejection, its sheets' warnings). */
    public static void writeProblems(Path file, List<Problem> problems) {
        try (RecordOutput out = RecordOutput.create(file)) {
            problems.forEach(problem -> writeProblem(out, problem));
        }
    }

    /** Reads problems written by {@link #writeProblems}. */
    public static List<Problem> readProblems(Path file) {
        List<Problem> problems = new ArrayList<>();
        try (RecordInput in = RecordInput.open(file)) {
            for (int tag = in.tag(); tag >= 0; tag = in.tag()) {
                problems.add(readProblem(in));
            }
        }
        return problems;
    }

    /** Hands every record of a file's stage to {@code visitor}, in order; {@code fileName} is the file's name. */
    public static void read(Path file, String fileName, Visitor visitor) {
        read(file, fileName, visitor, null);
    }

    /**
     * As {@link #read(Path, String, Visitor)}, but the problems go to {@code problems} as they are
     * stored, undecoded, instead of to the visitor (when not null): the merge only passes a row's
     * problems on, and decoding and encoding them again was a third of its time.
     */
    public static void read(Path file, String fileName, Visitor visitor, RecordOutput problems) {
        try (RecordInput in = RecordInput.open(file)) {
            for (int tag = in.tag(); tag >= 0; tag = in.tag()) {
                switch (tag) {
                    case PROBLEM -> {
                        if (problems == null) {
                            visitor.problem(readProblem(in));
                        } else {
                            copyProblem(in, problems);
                        }
                    }
                    case PAGE -> visitor.page(readPage(in, fileName));
                    case EXEMPTION -> visitor.exemption(readExemption(in, fileName));
                    default -> throw new IllegalStateException("unknown record " + tag + " in " + file);
                }
            }
        }
    }

    public static void writeProblem(RecordOutput out, Problem problem) {
        out.tag(PROBLEM).string(Lengths.fit(problem.file(), 2000)).string(Lengths.fit(problem.sheet(), 300))
                .integer(problem.row()).string(Lengths.fit(problem.column(), 4)).string(Lengths.fit(problem.value(), 1000))
                .string(problem.code().code()).string(problem.severity().name()).string(Lengths.fit(problem.message(), 4000));
    }

    /** The rest of a problem record whose tag was read, copied to {@code out} as {@link #writeProblem} wrote it. */
    private static void copyProblem(RecordInput in, RecordOutput out) {
        out.tag(PROBLEM);
        in.copyString(out); // file
        in.copyString(out); // sheet
        out.integer(in.integer()); // row
        for (int field = 0; field < 5; field++) {
            in.copyString(out); // column, value, code, severity, message
        }
    }

    /** The rest of a problem record whose tag was read. */
    public static Problem readProblem(RecordInput in) {
        return new Problem(in.string(), in.string(), in.integer(), in.string(), in.string(), ProblemCode.of(in.string()),
                Severity.valueOf(in.string()), in.string());
    }

    private static PageRecord readPage(RecordInput in, String fileName) {
        String sheet = in.string(0);
        Place place = new Place(fileName, sheet, in.integer(), in.integer());
        int urlColumn = in.integer();
        String organization = in.string(1);
        String inn = in.string(2);
        String ogrn = in.string(3);
        String orgType = in.string(4);
        String oktmo = in.string(5);
        String platform = in.string(6);
        String pageKey = in.string();
        String pageUrl = in.string();
        String writtenUrl = in.string();
        boolean verified = in.flag();
        OptionalLong followers = in.optionalNumber();
        return new PageRecord(place, urlColumn, organization, inn, ogrn, orgType, oktmo, platform, pageKey, pageUrl,
                writtenUrl, verified, followers);
    }

    private static Exemption readExemption(RecordInput in, String fileName) {
        String sheet = in.string();
        Place place = new Place(fileName, sheet, in.integer(), in.integer());
        return new Exemption(place, in.string(), in.string(), in.string(), in.string());
    }

    /** The column letter of a page's URL cell, as problems name it. */
    public static String column(PageRecord page) {
        return CellText.columnLetter(page.urlColumn());
    }
}
