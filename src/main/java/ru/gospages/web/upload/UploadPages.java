package ru.gospages.web.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.gospages.accounts.Account;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.AuditEntry;
import ru.gospages.accounts.AuditLog;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.ProblemTable;
import ru.gospages.publish.files.XlsxTableWriter;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Municipality;
import ru.gospages.web.Refusal;
import ru.gospages.web.WebLimits;

/**
 * {@code /upload} (the form), {@code /uploads/<id>} (the result), its {@code problems.xlsx}, and the
 * hand-in of one file. Officers upload for their own municipality and see only its uploads;
 * operators choose the municipality and see all.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class UploadPages {

    private final Uploads uploads;
    private final HandInDesk desk;
    private final AuditLog audit;
    private final Municipalities municipalities;
    private final WebLimits limits;
    private final JobProfile profile;

    public UploadPages(Uploads uploads, HandInDesk desk, AuditLog audit, Municipalities municipalities, WebLimits limits,
                       JobProfile profile) {
        this.profile = profile;
        this.uploads = uploads;
        this.desk = desk;
        this.audit = audit;
        this.municipalities = municipalities;
        this.limits = limits;
    }

    /** A municipality of the select list, the one given marked. */
    public record Choice(String oktmo, String name, boolean selected) {
    }

    @GetMapping("/upload")
    String form(@AuthenticationPrincipal AccountDetails.SignedIn me, Model model) {
        model.addAttribute("title", "Загрузка и проверка");
        model.addAttribute("period", YearMonth.now().minusMonths(1).toString());
        model.addAttribute("maxFile", WebLimits.megabytes(limits.maxFileSize()));
        model.addAttribute("maxRequest", WebLimits.megabytes(limits.maxRequestSize()));
        model.addAttribute("maxFiles", limits.maxFiles());
        model.addAttribute("municipalities", municipalities.all().stream()
                .map(m -> new Choice(m.oktmo(), m.name(), false)).toList());
        return "upload";
    }

    @PostMapping("/upload")
    String upload(@AuthenticationPrincipal AccountDetails.SignedIn me, @RequestParam("file") List<MultipartFile> files,
                  @RequestParam String period, @RequestParam(required = false) String municipality) {
        Account account = me.account();
        String oktmo = account.isOperator() ? municipalityOf(municipality).oktmo() : account.oktmo();
        String checkedPeriod = period(period);
        List<MultipartFile> sent = files.stream().filter(f -> !f.isEmpty() || !f.getOriginalFilename().isEmpty()).toList();
        if (sent.isEmpty()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "web.upload.none");
        }
        if (sent.size() > limits.maxFiles()) {
            throw new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "web.upload.tooMany", limits.maxFiles());
        }
        for (MultipartFile file : sent) {
            if (file.getSize() > limits.maxFileSize().toBytes()) {
                throw new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "web.upload.tooLarge", WebLimits.megabytes(limits.maxFileSize()));
            }
        }
        StagedUpload upload = uploads.stage(account.name(), oktmo, checkedPeriod, sent.stream().map(Uploads.Received::of).toList());
        for (StagedFile file : upload.files()) {
            audit.record(account.name(), AuditEntry.Action.UPLOAD, checkedPeriod, file.sentName(), file.sha256(),
                    file.check().status().label());
        }
        return "redirect:/uploads/" + upload.id();
    }

    @GetMapping("/uploads/{id}")
    String result(@AuthenticationPrincipal AccountDetails.SignedIn me, @PathVariable String id, Model model) {
        StagedUpload upload = visible(me.account(), id);
        model.addAttribute("title", "Результат проверки");
        model.addAttribute("upload", upload);
        model.addAttribute("municipality", municipalities.byOktmo(upload.oktmo()).map(Municipality::name).orElse(upload.oktmo()));
        model.addAttribute("files", upload.files().stream().map(f -> FileReport.of(f, me.account().isOperator())).toList());
        return "result";
    }

    @GetMapping("/uploads/{id}/problems.xlsx")
    ResponseEntity<FileSystemResource> problems(@AuthenticationPrincipal AccountDetails.SignedIn me, @PathVariable String id)
            throws IOException {
        StagedUpload upload = visible(me.account(), id);
        Path file = Files.createTempFile("problems-", ".xlsx");
        file.toFile().deleteOnExit();
        new XlsxTableWriter(LocalDate.now()).write(ProblemTable.table(),
                upload.files().stream().flatMap(f -> f.check().problems().stream()).toList(), file);
        return workbook(file, "problems.xlsx");
    }

    private static ResponseEntity<FileSystemResource> workbook(Path file, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(new FileSystemResource(file));
    }

    /** The blank template workbook: the profile's canonical headers, wide shape. */
    @GetMapping("/template.xlsx")
    ResponseEntity<FileSystemResource> template() throws IOException {
        Path file = Files.createTempFile("template-", ".xlsx");
        file.toFile().deleteOnExit();
        new XlsxTableWriter(LocalDate.now()).write(BlankTemplate.table(profile), List.<List<String>>of(), file);
        return workbook(file, "шаблон.xlsx");
    }

    @PostMapping("/uploads/{id}/files/{index}/handin")
    String handIn(@AuthenticationPrincipal AccountDetails.SignedIn me, @PathVariable String id, @PathVariable int index,
                  RedirectAttributes redirect) {
        Account account = me.account();
        StagedUpload upload = visible(account, id);
        StagedFile file = Optional.ofNullable(upload.file(index)).orElseThrow(Refusal::notFound);
        if (!FileNames.isAccepted(file.sentName())) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "web.handin.extension");
        }
        if (file.hasErrors() && !account.isOperator()) {
            throw new Refusal(HttpStatus.CONFLICT, "web.handin.errors");
        }
        String name = FileNames.sanitise(file.sentName()).orElseThrow(() -> new Refusal(HttpStatus.BAD_REQUEST, "web.handin.name"));
        Municipality municipality = municipalityOf(upload.oktmo());
        Path where = desk.handIn(account, upload, file, municipality, name);
        redirect.addFlashAttribute("handedIn", "input/" + where.toString().replace('\\', '/'));
        return "redirect:/uploads/" + id;
    }

    private StagedUpload visible(Account viewer, String id) {
        StagedUpload upload = uploads.find(id).orElseThrow(Refusal::notFound);
        if (!upload.visibleTo(viewer)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "web.upload.otherMunicipality");
        }
        return upload;
    }

    private Municipality municipalityOf(String oktmo) {
        return municipalities.byOktmo(oktmo == null ? "" : oktmo.trim())
                .orElseThrow(() -> new Refusal(HttpStatus.BAD_REQUEST, "web.upload.municipality"));
    }

    static String period(String text) {
        try {
            if (text == null || !text.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("", String.valueOf(text), 0);
            }
            return YearMonth.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "web.upload.period");
        }
    }
}
