package ru.gospages.web.month;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.gospages.rules.Municipalities;
import ru.gospages.web.upload.HandIn;
import ru.gospages.web.upload.HandIns;

/**
 * {@code /month?period=YYYY-MM}: every municipality in reference order with the files handed in
 * (name, who, when, rows, errors, warnings) and the organisations expected from it that no file handed
 * in for the period reports for yet (by INN: a file handed in for another municipality counts too).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class BoardPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** One handed-in file as the board shows it. */
    public record File(String name, String account, String at, int rows, long errors, long warnings) {
    }

    /**
     * One municipality's line of the board: {@code missing} when nothing is handed in for it;
     * {@code expected} the organisations still expected, of {@code expectedCount} expected in all.
     */
    public record Line(String oktmo, String name, List<File> files, boolean missing,
                       List<ExpectedOrganizations.Organization> expected, int expectedCount) {

        /** Some organisations were expected and every one of them is submitted. */
        public boolean allSubmitted() {
            return expectedCount > 0 && expected.isEmpty();
        }
    }

    private final HandIns handIns;
    private final ExpectedOrganizations expectations;
    private final Municipalities municipalities;

    public BoardPage(HandIns handIns, ExpectedOrganizations expectations, Municipalities municipalities) {
        this.handIns = handIns;
        this.expectations = expectations;
        this.municipalities = municipalities;
    }

    @GetMapping("/month")
    String board(@RequestParam(required = false) String period, Model model) {
        String month = period == null || period.isBlank() ? YearMonth.now().minusMonths(1).toString() : MonthPages.parse(period).toString();
        Map<String, List<HandIn>> files = handIns.of(month).stream().collect(Collectors.groupingBy(HandIn::oktmo));
        Map<String, List<ExpectedOrganizations.Organization>> expected = expectations.of(month);
        Set<String> reported = handIns.reported(month);
        List<Line> lines = municipalities.all().stream().map(m -> {
            List<File> handed = files.getOrDefault(m.oktmo(), List.of()).stream()
                    .map(h -> new File(h.fileName(), h.account(), TIME.format(h.handedAt()), h.rows(), h.errors(), h.warnings()))
                    .toList();
            List<ExpectedOrganizations.Organization> organizations = expected.getOrDefault(m.oktmo(), List.of());
            List<ExpectedOrganizations.Organization> outstanding = organizations.stream()
                    .filter(o -> !reported.contains(o.inn())).toList();
            return new Line(m.oktmo(), m.name(), handed, handed.isEmpty(), outstanding, organizations.size());
        }).toList();
        model.addAttribute("title", "Сдача за месяц");
        model.addAttribute("period", month);
        model.addAttribute("lines", lines);
        model.addAttribute("handedIn", lines.stream().filter(l -> !l.missing()).count());
        model.addAttribute("total", lines.size());
        model.addAttribute("expectedFrom", expectations.source());
        return "month";
    }
}
