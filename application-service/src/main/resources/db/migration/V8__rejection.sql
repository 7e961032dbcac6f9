-- Why the review did not take an application further (ApplicationRejected), as the unit reads it.
ALTER TABLE application
    ADD COLUMN rejected_stage   varchar(24),
    ADD COLUMN rejection_reason varchar(2000),
    ADD COLUMN rejected_by      varchar(100),
    ADD COLUMN rejected_at      timestamptz;
