package ru.gospages.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.AuditEntry;
import ru.gospages.accounts.AuditLog;
import ru.gospages.check.FileCheck;
import ru.gospages.problems.Problem;
import ru.gospages.problems.Severity;
import ru.gospages.web.Refusal;
import ru.gospages.web.WebLimits;
import ru.gospages.web.upload.StagedUpload;
import ru.gospages.web.upload.Uploads;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/check}, {@code GET /api/v1/periods}, {@code GET /api/v1/periods/<p>/summary}
 * with exactly the JSON names of SPEC 10.4. The check is the page's (and the terminal's).
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CheckApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Uploads uploads;
    private final AuditLog audit;
    private final WebLimits limits;

    public CheckApi(Uploads uploads, AuditLog audit, WebLimits limits) {
        this.uploads = uploads;
        this.audit = audit;
        this.limits = limits;
    }

    @PostMapping("/api/v1/check")
    Map<String, Object> check(@AuthenticationPrincipal AccountDetails.SignedIn me, @RequestParam("file") List<MultipartFile> files) {
        if (files.size() > limits.maxFiles()) {
            throw new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "web.upload.tooMany", limits.maxFiles());
        }
        for (MultipartFile file : files) {
            if (file.getSize() > limits.maxFileSize().toBytes()) {
                throw new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "web.upload.tooLarge", WebLimits.megabytes(limits.maxFileSize()));
            }
        }
        StagedUpload upload = uploads.checkOnce(me.account().name(), files.stream().map(Uploads.Received::of).toList());
        upload.files().forEach(f -> audit.record(me.account().name(), AuditEntry.Action.UPLOAD, "", f.sentName(), f.sha256(),
                "api: " + f.check().status().label()));
        List<FileCheck> checks = upload.files().stream().map(f -> f.check()).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("files", checks.stream().map(CheckApi::file).toList());
        body.put("totals", Map.of("files", checks.size(),
                "errors", checks.stream().mapToLong(c -> c.count(Severity.ERROR)).sum(),
                "warnings", checks.stream().mapToLong(c -> c.count(Severity.WARNING)).sum()));
        return body;
    }

    static Map<String, Object> file(FileCheck check) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", check.name());
        file.put("status", check.status().label());
        file.put("rows", Map.of("read", check.read(), "accepted", check.accepted(), "rejected", check.rejected(),
                "exempt", check.exempt()));
        file.put("problems", check.problems().stream().map(CheckApi::problem).toList());
        return file;
    }

    static Map<String, Object> problem(Problem p) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("sheet", p.sheet());
        problem.put("row", p.row());
        problem.put("column", p.column());
        problem.put("value", p.value());
        problem.put("code", p.code().code());
        problem.put("severity", p.severity().label());
        problem.put("message", p.message());
        return problem;
    }

    /** Periods with a summary.json under the output root, newest first. */
    @GetMapping("/api/v1/periods")
    List<Map<String, Object>> periods() throws IOException {
        if (!Files.isDirectory(limits.output())) {
            return List.of();
        }
        try (var folders = Files.list(limits.output())) {
            return folders.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d{4}-\\d{2}"))
                    .filter(n -> Files.isRegularFile(limits.output().resolve(n).resolve("summary.json")))
                    .sorted(java.util.Comparator.reverseOrder())
                    .map(this::period).toList();
        }
    }

    private Map<String, Object> period(String period) {
        JsonNode summary = summary(period);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("period", period);
        entry.put("asOf", summary.path("asOf").asString());
        entry.put("pages", summary.path("pages").path("total").asLong());
        JsonNode percent = summary.path("pages").path("verifiedPercent");
        entry.put("verifiedPercent", percent.isNumber() ? percent.decimalValue() : null);
        entry.put("summary", "/api/v1/periods/" + period + "/summary");
        return entry;
    }

    @GetMapping("/api/v1/periods/{period}/summary")
    JsonNode summaryOf(@PathVariable String period) {
        if (!period.matches("\\d{4}-\\d{2}") || !Files.isRegularFile(limits.output().resolve(period).resolve("summary.json"))) {
            throw Refusal.notFound();
        }
        return summary(period);
    }

    private JsonNode summary(String period) {
        try {
            return JSON.readTree(Files.readString(limits.output().resolve(period).resolve("summary.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
