package ru.gospages.job;

import java.time.Duration;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.registry.Sql;

/**
 * One run per period at a time: the run locks with their heartbeat, and the recovery of runs a
 * killed process left behind. {@code gospages.run.heartbeat-seconds} (5) and
 * {@code gospages.run.stale-seconds} (60: a holder silent for longer is dead).
 */
@Configuration(proxyBeanMethods = false)
public class RunLockConfiguration {

    @Bean
    RunLocks runLocks(NamedParameterJdbcTemplate jdbc, Sql sql,
                      @Value("${gospages.run.heartbeat-seconds:5}") long heartbeatSeconds,
                      @Value("${gospages.run.stale-seconds:60}") long staleSeconds) {
        if (staleSeconds <= heartbeatSeconds) {
            throw new IllegalArgumentException("gospages.run.stale-seconds must be longer than gospages.run.heartbeat-seconds");
        }
        return new RunLocks(jdbc, sql, RunOwner.current(), Duration.ofSeconds(heartbeatSeconds), Duration.ofSeconds(staleSeconds));
    }

    @Bean
    InterruptedRuns interruptedRuns(JobRepository repository, JobOperator operator) {
        return new InterruptedRuns(repository, operator);
    }
}
