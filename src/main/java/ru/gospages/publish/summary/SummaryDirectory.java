package ru.gospages.publish.summary;

import java.util.ArrayList;
import java.util.List;
import ru.gospages.figures.DirectoryFigures;
import ru.gospages.figures.Figures;
import ru.gospages.figures.MunicipalityFigures;
import ru.gospages.figures.OrganizationStanding;
import ru.gospages.figures.Percent;
import ru.gospages.problems.Messages;

/**
 * The organisation directory's section of summary.html (SPEC 13): per municipality how many
 * organisations must keep pages, how many reported and comply — the share among those that must,
 * beside the share among those that reported (section 6.3's figure) — and, collapsible, the
 * organisations that did not report and those without pages: the list the centre's staff chase.
 */
record SummaryDirectory(String text, String file, List<Line> municipalities, Line total, List<Chase> chase) {

    /** One municipality's figures, written the Russian way. */
    record Line(String name, String organizations, String reported, String notReported, String compliant,
                String compliantPercent, String reportedPercent, String withoutPages) {
    }

    /** One municipality's organisations to chase: those that did not report, those without pages. */
    record Chase(String name, boolean anyNotReported, String notReportedCount, List<String> notReported,
                 boolean anyWithoutPages, String withoutPagesCount, List<String> withoutPages) {
    }

    /** The section, as a list of none or one so the template shows it only with a directory. */
    static List<SummaryDirectory> of(String period, Figures figures, ReportDetails details) {
        if (details.directory().isEmpty()) {
            return List.of();
        }
        DirectoryFigures directory = details.directory().get();
        List<Line> lines = new ArrayList<>();
        List<Chase> chase = new ArrayList<>();
        for (MunicipalityFigures municipality : figures.municipalities()) {
            lines.add(line(municipality, directory.of(municipality.oktmo())));
            List<OrganizationStanding> organizations = directory.in(municipality.oktmo());
            List<String> notReported = names(organizations.stream().filter(o -> !o.reported()).toList());
            List<String> withoutPages = names(organizations.stream().filter(OrganizationStanding::withoutPages).toList());
            if (!notReported.isEmpty() || !withoutPages.isEmpty()) {
                chase.add(new Chase(municipality.name(), !notReported.isEmpty(), RussianText.number(notReported.size()), notReported,
                        !withoutPages.isEmpty(), RussianText.number(withoutPages.size()), withoutPages));
            }
        }
        DirectoryFigures.Counts total = directory.total();
        String text = Messages.text("summary.directory", RussianText.counted(total.organizations(), "summary.directory.forms"),
                RussianText.number(total.reported()), RussianText.number(total.notReported()), RussianText.number(total.compliant()),
                RussianText.percent(total.compliantPercent()), RussianText.number(total.withoutPages()),
                RussianText.number(total.unknownOrganizations() == null ? 0 : total.unknownOrganizations()));
        return List.of(new SummaryDirectory(text, "organizations-" + period + ".csv", lines, line(figures.total(), total), chase));
    }

    private static Line line(MunicipalityFigures municipality, DirectoryFigures.Counts counts) {
        return new Line(municipality.name(), RussianText.number(counts.organizations()), RussianText.number(counts.reported()),
                RussianText.number(counts.notReported()), RussianText.number(counts.compliant()),
                RussianText.percent(counts.compliantPercent()),
                RussianText.percent(Percent.of(municipality.compliantOrganizations(), municipality.organizations())),
                RussianText.number(counts.withoutPages()));
    }

    private static List<String> names(List<OrganizationStanding> organizations) {
        return organizations.stream().map(o -> Messages.text("summary.directory.organization", o.name(), o.inn())).toList();
    }
}
