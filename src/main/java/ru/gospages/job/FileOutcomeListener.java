package ru.gospages.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Around one intake partition: clears an earlier attempt before, records the file's outcome after success. */
public class FileOutcomeListener implements StepExecutionListener {

    private final FileIntake intake;

    public FileOutcomeListener(FileIntake intake) {
        this.intake = intake;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        intake.start();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!stepExecution.getStatus().isUnsuccessful()) {
            intake.finish();
        }
        return stepExecution.getExitStatus();
    }
}
