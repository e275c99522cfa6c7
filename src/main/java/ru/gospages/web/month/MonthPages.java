package ru.gospages.web.month;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.AuditLog;
import ru.gospages.publish.portal.PublishSettings;
import ru.gospages.web.Refusal;
import ru.gospages.web.WebLimits;

/**
 * Operators' pages: {@code /run} starts the month's run and shows its progress (the page refreshes
 * itself every 2 s while it runs, without JavaScript) and then its printed report, and carries the
 * «Опубликовать» button while no run is going; {@code /audit}
 * lists the audit trail, newest first; {@code /reports/<period>/<file>} serves a period's output files.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class MonthPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int AUDIT_LINES = 500;

    /** One audit line as the page shows it. */
    public record AuditLine(String at, String account, String action, String period, String file, String sha256, String result) {
    }

    private final MonthRunner runner;
    private final AuditLog audit;
    private final WebLimits limits;
    private final PublishSettings publishing;

    public MonthPages(MonthRunner runner, AuditLog audit, WebLimits limits, PublishSettings publishing) {
        this.runner = runner;
        this.audit = audit;
        this.limits = limits;
        this.publishing = publishing;
    }

    @GetMapping("/run")
    String run(Model model) {
        model.addAttribute("title", "Обработка месяца");
        model.addAttribute("period", YearMonth.now().minusMonths(1).toString());
        model.addAttribute("target", publishing.target());
        runner.state().ifPresent(state -> {
            model.addAttribute("state", state);
            model.addAttribute("startedText", TIME.format(state.started()));
            model.addAttribute("endedText", state.ended() == null ? "" : TIME.format(state.ended()));
        });
        return "run";
    }

    @PostMapping("/run")
    String start(@AuthenticationPrincipal AccountDetails.SignedIn me, @RequestParam String period) {
        YearMonth month = parse(period);
        if (runner.start(month, me.account().name()).isEmpty()) {
            throw new Refusal(HttpStatus.CONFLICT, "web.run.busy");
        }
        return "redirect:/run";
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("title", "Журнал действий");
        model.addAttribute("lines", audit.recent(AUDIT_LINES).stream().map(e -> new AuditLine(TIME.format(e.at()), e.account(),
                e.action().label(), e.period(), e.fileName(), e.sha256(), e.result())).toList());
        return "audit";
    }

    /** An output file of a period ({@code summary.html}, the workbooks, the CSV files); nothing outside it. */
    @GetMapping("/reports/{period}/{name:.+}")
    ResponseEntity<FileSystemResource> report(@PathVariable String period, @PathVariable String name) {
        parse(period);
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw Refusal.notFound();
        }
        Path file = limits.output().resolve(period).resolve(name);
        if (!Files.isRegularFile(file)) {
            throw Refusal.notFound();
        }
        MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type).body(new FileSystemResource(file));
    }

    /** A period from a form or an address; 400 unless YYYY-MM. */
    static YearMonth parse(String period) {
        // the pattern alone lets 2022-13 through
        if (period == null || !period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "web.upload.period");
        }
        return YearMonth.parse(period);
    }
}
