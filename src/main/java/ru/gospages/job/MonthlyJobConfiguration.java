package ru.gospages.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import ru.gospages.profile.JobProfile;
import ru.gospages.registry.Database;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.registry.RegistryStore;
import ru.gospages.registry.Sql;
import ru.gospages.registry.LastReports;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.OrganizationDirectory;
import ru.gospages.rules.RowChecks;
import ru.gospages.rules.RulesConfiguration;
import ru.gospages.work.StageFolder;

/**
 * The monthly job, wiring only: prepare → intake (one partition per file, in parallel) → merge →
 * carry-over and changes → outputs → complete. The work lives in the steps' own classes.
 */
@Configuration(proxyBeanMethods = false)
@Import(RulesConfiguration.class)
public class MonthlyJobConfiguration {

    public static final String JOB_NAME = "monthlyRun";
    /** The first step: it makes the run's work folder, so a run that completed it has staged something. */
    static final String PREPARE = "prepare";
    /**
     * Checked rows per chunk transaction of an intake partition. A chunk is only appended to its file's
     * stage; each commit also saves the partition's context (its list of files), so fewer, larger
     * chunks. A partition cut off is read again from its first file anyway.
     */
    private static final int CHUNK = 2_000;

    @Bean
    Sql registrySql(DataSource dataSource) {
        return new Sql(Database.of(dataSource));
    }

    @Bean
    FileOutcomes fileOutcomes(NamedParameterJdbcTemplate jdbc, Sql sql) {
        return new FileOutcomes(jdbc, sql);
    }

    @Bean
    RegistryStore registryStore(NamedParameterJdbcTemplate jdbc, Sql sql) {
        return new RegistryStore(jdbc, sql);
    }

    @Bean
    LastReports lastReports(NamedParameterJdbcTemplate jdbc, Sql sql) {
        return new LastReports(jdbc, sql);
    }

    @Bean
    DirectoryTally directoryTally(OrganizationDirectory directory, LastReports lastReports, JobProfile profile) {
        return new DirectoryTally(directory, lastReports, profile);
    }

    @Bean
    Checkpoints checkpoints(NamedParameterJdbcTemplate jdbc, Sql sql) {
        return new Checkpoints(jdbc, sql);
    }

    @Bean
    RunProgress runProgress() {
        return new RunProgress();
    }

    @Bean
    RunTallies runTallies() {
        return new RunTallies();
    }

    @Bean
    MonthlyRuns monthlyRuns(RunLocks locks, InterruptedRuns interrupted, JobRepository repository, JobOperator operator,
                            @Qualifier(JOB_NAME) Job job, RunProgress progress, RunTallies tallies, Checkpoints checkpoints,
                            @Value("${gospages.run.progress-seconds:3}") double progressSeconds) {
        return new MonthlyRuns(locks, interrupted, repository, operator, job, progress, tallies, checkpoints,
                Duration.ofMillis(Math.round(1000 * progressSeconds)));
    }

    @Bean
    Job monthlyRun(JobRepository jobRepository, Step prepare, Step intake, Step merge, Step carryOver, Step outputs, Step complete) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(prepare).next(intake).next(merge).next(carryOver).next(outputs).next(complete)
                .build();
    }

    @Bean
    Step prepare(JobRepository jobRepository, PlatformTransactionManager transactions, PrepareTasklet prepareTasklet) {
        return new StepBuilder(PREPARE, jobRepository).tasklet(prepareTasklet, transactions).build();
    }

    @Bean
    @JobScope
    PrepareTasklet prepareTasklet(FileOutcomes files, @Value("#{jobParameters['output']}") String output,
                                  @Value("#{jobParameters['period']}") String period) {
        return new PrepareTasklet(files, new StageFolder(Path.of(output), period), period);
    }

    @Bean
    Step intake(JobRepository jobRepository, FilePartitioner filePartitioner, Step intakeFile,
                @Value("${gospages.intake.threads:#{T(java.lang.Runtime).getRuntime().availableProcessors()}}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("intake-");
        executor.setConcurrencyLimit(Math.max(1, threads));
        return new StepBuilder("intake", jobRepository)
                .partitioner("intakeFile", filePartitioner)
                .step(intakeFile)
                .gridSize(Math.max(1, threads))
                .taskExecutor(executor)
                .build();
    }

    @Bean
    @JobScope
    FilePartitioner filePartitioner(@Value("#{jobParameters['input']}") String input) {
        return new FilePartitioner(Path.of(input));
    }

    @Bean
    Step intakeFile(JobRepository jobRepository, PlatformTransactionManager transactions, FileIntake fileIntake,
                    StagingWriter stagingWriter) {
        return new StepBuilder("intakeFile", jobRepository)
                .<IntakeItem, IntakeItem>chunk(CHUNK)
                .reader(fileIntake)
                .writer(stagingWriter)
                .stream(fileIntake)
                .transactionManager(transactions)
                .build();
    }

    @Bean
    @StepScope
    FileStage fileStage(@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['period']}") String period,
                        @Value("#{jobParameters['input']}") String input, @Value("#{stepExecution}") StepExecution partition) {
        return new FileStage(new StageFolder(Path.of(output), period), new FilePartitioner(Path.of(input)).files(partition));
    }

    @Bean
    @StepScope
    FileIntake fileIntake(RowChecks checks, FileOutcomes outcomes, FileStage fileStage, RunProgress progress,
                          @Value("#{jobParameters['period']}") String period, @Value("#{jobParameters['input']}") String input,
                          @Value("#{stepExecution}") StepExecution partition) {
        return new FileIntake(checks, outcomes, fileStage, progress, period, new FilePartitioner(Path.of(input)).files(partition));
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(FileStage fileStage, FileOutcomes outcomes, @Value("#{jobParameters['period']}") String period) {
        return new StagingWriter(fileStage, outcomes, period);
    }

    @Bean
    Step merge(JobRepository jobRepository, PlatformTransactionManager transactions, MergeTasklet mergeTasklet) {
        // a restart always merges again from the staged rows: cheap, idempotent, and the duplicate
        // count it puts in the job's context is then never one a crash kept from being saved
        return new StepBuilder("merge", jobRepository).tasklet(mergeTasklet, transactions).allowStartIfComplete(true).build();
    }

    @Bean
    @JobScope
    MergeTasklet mergeTasklet(FileOutcomes files, JobProfile profile, Municipalities municipalities, RunTallies tallies,
                              @Value("#{jobParameters['output']}") String output,
                              @Value("#{jobParameters['period']}") String period) {
        return new MergeTasklet(files, new StageFolder(Path.of(output), period), profile, municipalities, period, tallies);
    }

    @Bean
    Step carryOver(JobRepository jobRepository, PlatformTransactionManager transactions, CarryOverTasklet carryOverTasklet) {
        // follows the merge, whose listed pages it turns into the registry this execution stores
        return new StepBuilder("carryOver", jobRepository).tasklet(carryOverTasklet, transactions).allowStartIfComplete(true).build();
    }

    @Bean
    @JobScope
    CarryOverTasklet carryOverTasklet(RegistryStore registry, JobProfile profile, Municipalities municipalities, RunTallies tallies,
                                      DirectoryTally directory,
                                      @Value("#{jobParameters['output']}") String output,
                                      @Value("#{jobParameters['period']}") String period) {
        return new CarryOverTasklet(registry, new StageFolder(Path.of(output), period), profile, municipalities,
                YearMonth.parse(period), tallies, directory);
    }

    @Bean
    Step outputs(JobRepository jobRepository, PlatformTransactionManager transactions, OutputTasklet outputTasklet) {
        // reads the registry the carry-over stored under this execution, so it runs again after a restart too
        return new StepBuilder("outputs", jobRepository).tasklet(outputTasklet, transactions).allowStartIfComplete(true).build();
    }

    @Bean
    @JobScope
    OutputTasklet outputTasklet(RegistryStore registry, FileOutcomes files, JobProfile profile, Municipalities municipalities,
                                RunTallies tallies,
                                @Value("#{jobParameters['period']}") String period,
                                @Value("#{jobParameters['output']}") String output) {
        return new OutputTasklet(registry, files, new StageFolder(Path.of(output), period), profile, municipalities,
                YearMonth.parse(period), Path.of(output), tallies);
    }

    @Bean
    Step complete(JobRepository jobRepository, PlatformTransactionManager transactions, CompleteTasklet completeTasklet) {
        return new StepBuilder("complete", jobRepository).tasklet(completeTasklet, transactions)
                .listener(completeTasklet).build();
    }

    @Bean
    @JobScope
    CompleteTasklet completeTasklet(RegistryStore registry, LastReports lastReports, RunTallies tallies,
                                    @Value("#{jobParameters['output']}") String output,
                                    @Value("#{jobParameters['period']}") String period) {
        return new CompleteTasklet(registry, lastReports, new StageFolder(Path.of(output), period), period, tallies);
    }
}
