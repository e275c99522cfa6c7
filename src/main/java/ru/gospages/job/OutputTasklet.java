package ru.gospages.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.figures.DirectoryFigures;
import ru.gospages.figures.Figures;
import ru.gospages.figures.FiguresFile;
import ru.gospages.problems.Problem;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.PeriodOutputs;
import ru.gospages.publish.ProblemDigest;
import ru.gospages.publish.RegistryDrafts;
import ru.gospages.publish.summary.RunCounts;
import ru.gospages.publish.summary.Summary;
import ru.gospages.publish.summary.SummaryJson;
import ru.gospages.registry.FileOutcome;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.registry.PublicationOrder;
import ru.gospages.registry.RegistryStore;
import ru.gospages.rules.Municipalities;
import ru.gospages.work.PeriodFiles;
import ru.gospages.work.StageFolder;

/**
 * The outputs step: counts the problems, makes the summary and has {@link PeriodOutputs} write the
 * period's files (SPEC 7, 8) from what the merge and the carry-over left in the work folder, waiting
 * for the carry-over's registry drafts only when it moves them. The summary goes into
 * the execution's {@link RunTally} for its caller, and into the job's context as the text of
 * {@code summary.json}: the record {@code history} reads of a past run.
 */
public class OutputTasklet implements Tasklet {

    /** The job-context key of the summary's JSON, kept with the execution for {@code history}. */
    public static final String SUMMARY = "summary";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutputTasklet.class);

    private final RegistryStore registry;
    private final FileOutcomes files;
    private final StageFolder stage;
    private final JobProfile profile;
    private final Municipalities municipalities;
    private final YearMonth period;
    private final Path output;
    private final RunTallies tallies;

    public OutputTasklet(RegistryStore registry, FileOutcomes files, StageFolder stage, JobProfile profile,
                         Municipalities municipalities, YearMonth period, Path output, RunTallies tallies) {
        this.registry = registry;
        this.files = files;
        this.stage = stage;
        this.profile = profile;
        this.municipalities = municipalities;
        this.period = period;
        this.output = output;
        this.tallies = tallies;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        RegistryDrafts.Written drafts = tallies.of(job.getId()).takeDrafts();
        try {
            write(job, drafts);
        } finally {
            // a failure before the drafts were awaited still leaves no writer running
            drafts.awaitQuietly();
        }
        return RepeatStatus.FINISHED;
    }

    private void write(JobExecution job, RegistryDrafts.Written drafts) throws Exception {
        long started = System.nanoTime();
        Figures figures = FiguresFile.read(stage.figures());
        ProblemDigest problems;
        try (PeriodFiles.Records<Problem> rows = PeriodFiles.problems(stage)) {
            problems = ProblemDigest.of(rows);
        }
        Optional<DirectoryFigures> directory = Files.exists(stage.directory())
                ? Optional.of(DirectoryFigures.read(stage.directory())) : Optional.empty();
        Summary summary = Summary.of(figures, counts(job, problems), directory);
        started = log(started, "figures, problem counts, summary");
        String p = period.toString();
        new PeriodOutputs(profile, stage, output, period, new PublicationOrder(municipalities), drafts).write(figures, summary, problems,
                registry.previousRun(p).map(previous -> YearMonth.parse(previous.period())),
                PeriodFiles.rejections(stage, files.files(p).stream().filter(FileOutcome::rejected).map(FileOutcome::fileOrd).toList()),
                directory);
        tallies.of(job.getId()).summarised(summary);
        job.getExecutionContext().putString(SUMMARY, new SummaryJson().toJson(summary));
        log(started, "files written");
    }

    /** Logs how long one part of the output took; returns the time to measure the next part from. */
    private static long log(long started, String what) {
        long now = System.nanoTime();
        LOG.debug("outputs: {} in {} ms", what, (now - started) / 1_000_000);
        return now;
    }

    private RunCounts counts(JobExecution job, ProblemDigest problems) {
        FileOutcomes.Counts counts = files.counts(period.toString());
        RunTally tally = tallies.of(job.getId());
        LocalDateTime started = job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime();
        Instant startedAt = started.atZone(ZoneId.systemDefault()).toInstant();
        return new RunCounts(period,
                new Summary.FileCounts(counts.files(), counts.rejectedFiles()),
                new Summary.RowCounts(counts.rowsRead(), counts.rowsAccepted(), counts.rowsRead() - counts.rowsAccepted(),
                        tally.duplicates(), counts.rowsExempt()),
                tally.carried(), problems.counts(), tally.changes(),
                startedAt, Duration.between(startedAt, Instant.now()));
    }
}
