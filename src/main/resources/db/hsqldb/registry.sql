-- HSQLDB statements that other databases do not need.

-- name: noAutomaticCheckpoint
-- An automatic CHECKPOINT waits for every open transaction, and intake partitions hold chunk
-- transactions while Spring Batch's DAO lock is taken by another partition: at a million rows that
-- deadlocked the run. The run checkpoints itself when it ends instead (job.Checkpoint).
SET FILES LOG SIZE 0

-- name: checkpoint
CHECKPOINT
