package ru.gospages.publish.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ru.gospages.figures.Count;
import ru.gospages.figures.Figures;
import ru.gospages.figures.MunicipalityFigures;
import ru.gospages.figures.Percent;
import ru.gospages.figures.PlatformFigures;
import ru.gospages.problems.Messages;

/**
 * What summary.html shows, as text ready for its template: every number already written the
 * Russian way, so the template only places it. Built from the run's summary, figures and details.
 */
record SummaryView(String title, String period, String asOf, String headline, String headlineNote,
                   ShareChart chart, List<Line> platforms, List<Line> municipalities, Line total,
                   String compliance, List<SummaryDirectory> directory, SummaryChanges changes, Intake files,
                   List<SummaryProblems.Line> problems) {

    /** A row of a figures table: pages, verified, share, and organisations with the compliant ones. */
    record Line(String name, String pages, String verified, String percent, String organizations,
                String compliant, String compliantPercent) {
    }

    /** Files read and rejected whole, rows read and what became of them, and why files were rejected. */
    record Intake(String read, String rejected, String rows, List<Rejection> rejections) {
    }

    /** A file rejected whole and the error that rejected it. */
    record Rejection(String file, String message) {
    }

    static SummaryView of(Summary summary, Figures figures, ReportDetails details, List<String> requiredPlatforms) {
        YearMonth period = YearMonth.parse(summary.period());
        Count all = figures.total().count();
        String headline = RussianText.counted(all.pages(), "summary.pages.forms")
                + (all.verifiedPercent() == null ? "" : Messages.text("summary.headline.verified", RussianText.percent(all.verifiedPercent())));
        String note = Messages.text("summary.headline.note", RussianText.number(all.verified()), RussianText.number(all.pages()),
                RussianText.number(summary.pages().carriedOver()));
        return new SummaryView(Messages.text("summary.title", RussianText.month(period)),
                RussianText.month(period), RussianText.date(LocalDate.parse(summary.asOf())), headline, note,
                ShareChart.of(figures.municipalities(), all),
                figures.total().byPlatform().stream().map(SummaryView::platform).toList(),
                figures.municipalities().stream().map(SummaryView::municipality).toList(),
                municipality(figures.total()),
                compliance(figures.total(), requiredPlatforms),
                SummaryDirectory.of(summary.period(), figures, details),
                SummaryChanges.of(summary.changes(), details),
                files(summary, details),
                SummaryProblems.of(summary.problems(), details.firstProblems()));
    }

    private static Line platform(PlatformFigures platform) {
        Count count = platform.count();
        return new Line(platform.name(), RussianText.number(count.pages()), RussianText.number(count.verified()),
                RussianText.percent(count.verifiedPercent()), "", "", "");
    }

    private static Line municipality(MunicipalityFigures municipality) {
        Count count = municipality.count();
        return new Line(municipality.name(), RussianText.number(count.pages()), RussianText.number(count.verified()),
                RussianText.percent(count.verifiedPercent()), RussianText.number(municipality.organizations()),
                RussianText.number(municipality.compliantOrganizations()),
                RussianText.percent(Percent.of(municipality.compliantOrganizations(), municipality.organizations())));
    }

    private static String compliance(MunicipalityFigures total, List<String> requiredPlatforms) {
        long organizations = total.organizations();
        long compliant = total.compliantOrganizations();
        String rule = requiredPlatforms.isEmpty() ? Messages.text("summary.compliance.any")
                : Messages.text("summary.compliance.required", String.join(", ", requiredPlatforms));
        return Messages.text("summary.compliance", RussianText.counted(organizations, "summary.compliance.forms"),
                RussianText.number(compliant), RussianText.percent(Percent.of(compliant, organizations)), rule);
    }

    private static Intake files(Summary summary, ReportDetails details) {
        Summary.RowCounts rows = summary.rows();
        String text = Messages.text("summary.rows", RussianText.number(rows.read()), RussianText.number(rows.accepted()),
                RussianText.number(rows.rejected()), RussianText.number(rows.duplicates()), RussianText.number(rows.exempt()));
        return new Intake(RussianText.number(summary.files().read()), RussianText.number(summary.files().rejected()), text,
                details.rejections().stream().map(p -> new Rejection(p.file(), p.message())).toList());
    }
}
