package ru.gospages.web.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import ru.gospages.accounts.Account;
import ru.gospages.accounts.AuditEntry;
import ru.gospages.accounts.AuditLog;
import ru.gospages.rules.Municipality;
import ru.gospages.problems.Severity;

/**
 * Hands a checked file in: copies it to {@code input/<period>/<municipality folder>/<sanitised
 * name>} (through a hidden temporary name, so a run never reads half a file), moves a file of the same
 * name it replaces to {@code input/<period>/.versions/<municipality folder>/}, records the hand-in and
 * writes the audit trail.
 */
public class HandInDesk {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path inputRoot;
    private final HandIns handIns;
    private final AuditLog audit;
    private final Clock clock;

    public HandInDesk(Path inputRoot, HandIns handIns, AuditLog audit, Clock clock) {
        this.inputRoot = inputRoot;
        this.handIns = handIns;
        this.audit = audit;
        this.clock = clock;
    }

    /** The folder of a municipality under a period: its OKTMO and name, e.g. {@code 71876000 город Сургут}. */
    public static String folder(Municipality municipality) {
        return FileNames.sanitise(municipality.oktmo() + " " + municipality.name()).orElse(municipality.oktmo());
    }

    /** Where the file now is, relative to the input root. */
    public Path handIn(Account who, StagedUpload upload, StagedFile file, Municipality municipality, String name) {
        Path period = inputRoot.resolve(upload.period());
        Path folder = period.resolve(folder(municipality));
        Path target = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve(".handin-" + UUID.randomUUID() + ".tmp");
            Files.copy(file.stored(), temporary);
            if (Files.exists(target)) {
                Path versions = period.resolve(".versions").resolve(folder(municipality));
                Files.createDirectories(versions);
                Path kept = versions.resolve(STAMP.format(clock.instant()) + "-" + name);
                Files.move(target, kept, StandardCopyOption.REPLACE_EXISTING);
                audit.record(who.name(), AuditEntry.Action.REPLACE, upload.period(), inputRoot.relativize(target).toString(),
                        "", "сохранён как " + inputRoot.relativize(kept));
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handIns.record(new HandIn(upload.period(), municipality.oktmo(), name, who.name(), clock.instant(),
                file.check().read(), file.check().count(Severity.ERROR), file.check().count(Severity.WARNING), file.sha256()),
                file.check().organizations());
        audit.record(who.name(), AuditEntry.Action.HANDIN, upload.period(), inputRoot.relativize(target).toString(),
                file.sha256(), file.check().status().label());
        return inputRoot.relativize(target);
    }
}
