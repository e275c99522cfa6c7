package ru.gospages.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import ru.gospages.figures.DirectoryCalculator;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.profile.JobProfile;
import ru.gospages.registry.CarryOver;
import ru.gospages.registry.LastReports;
import ru.gospages.registry.PublicationOrder;
import ru.gospages.registry.RegistryStore;
import ru.gospages.rules.OrganizationDirectory;
import ru.gospages.work.PeriodFiles;
import ru.gospages.work.StageFolder;

/**
 * The carry-over's part for the organisation directory (SPEC 13), when there is one: a
 * {@link DirectoryCalculator} that knows what earlier runs kept of each organisation's last report,
 * and at the end what the period adds — who submitted, which INNs the directory did not know — with
 * the figures left in the work folder and the last reports kept under the execution.
 */
public class DirectoryTally {

    private final OrganizationDirectory directory;
    private final LastReports lastReports;
    private final JobProfile profile;

    public DirectoryTally(OrganizationDirectory directory, LastReports lastReports, JobProfile profile) {
        this.directory = directory;
        this.lastReports = lastReports;
        this.profile = profile;
    }

    /** A calculator for the period, none without a directory (and then no figures of an earlier attempt stay in the work folder). */
    Optional<DirectoryCalculator> start(StageFolder stage, String period, Optional<RegistryStore.StoredRun> previous,
                                        PublicationOrder order) {
        if (!directory.present()) {
            try {
                Files.deleteIfExists(stage.directory());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.empty();
        }
        DirectoryCalculator calculator = new DirectoryCalculator(directory, profile, order, period);
        previous.ifPresent(run -> lastReports.of(run).forEach(calculator::reportedEarlier));
        return Optional.of(calculator);
    }

    /** Adds the period's submitters and unknown INNs, writes the figures to the work folder and keeps the last reports. */
    void finish(DirectoryCalculator calculator, StageFolder stage, String period, long executionId) {
        CarryOver.forEachSubmitter(stage, calculator::submitted);
        try (PeriodFiles.Records<Problem> problems = PeriodFiles.problems(stage)) {
            problems.forEachRemaining(problem -> {
                if (problem.code() == ProblemCode.R_ORG_UNKNOWN) {
                    calculator.unknown(problem.value());
                }
            });
        }
        calculator.figures().write(stage.directory());
        lastReports.write(period, executionId, calculator.lastReports());
    }
}
