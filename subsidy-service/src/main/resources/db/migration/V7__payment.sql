-- One payment of one entitlement through the treasury's payment system (docs/payment-system-api.md). An approved batch
-- queues one per line; the sender sends it with its reference as the idempotency key, so a retry never pays twice.
CREATE TABLE payment (
    id                   uuid         PRIMARY KEY,
    -- the idempotency key: '<entitlement id>:<attempt>'
    reference            varchar(64)  NOT NULL CONSTRAINT payment_reference_unique UNIQUE,
    entitlement_id       uuid         NOT NULL REFERENCES entitlement (id),
    -- 1, then 2, 3 … only after the one before FAILED for good and finance put the entitlement into a new batch
    attempt              integer      NOT NULL CHECK (attempt >= 1),
    batch_id             uuid         NOT NULL REFERENCES payment_batch (id),
    year                 integer      NOT NULL,                          -- the budget year it is paid from (the batch's)
    org_id               varchar(18)  NOT NULL,
    unit_name            varchar(200) NOT NULL,
    brand_name           varchar(100) NOT NULL,
    certification_level  varchar(16)  NOT NULL,
    amount_fen           bigint       NOT NULL CHECK (amount_fen > 0),    -- money in fen, never floating point
    purpose              varchar(200) NOT NULL,
    -- the payee as the batch line holds it
    payee_account_name   varchar(200) NOT NULL,
    payee_bank_name      varchar(200) NOT NULL,
    payee_account_number text         NOT NULL,                          -- PersonalDataCipher
    status               varchar(16)  NOT NULL CHECK (status IN ('QUEUED', 'ACCEPTED', 'SUCCEEDED', 'FAILED')),
    send_count           integer      NOT NULL DEFAULT 0,                -- how often it was sent (same key every time)
    -- when the sender (QUEUED) or the poller (ACCEPTED) looks at it next; a claim moves it past the call's longest time
    next_attempt_at      timestamptz  NOT NULL,
    last_error           varchar(500),
    transaction_id       varchar(64),                                    -- the payment system's own id (银行流水号)
    failure_code         varchar(64),
    failure_reason       varchar(500),
    created_at           timestamptz  NOT NULL,
    last_sent_at         timestamptz,
    accepted_at          timestamptz,
    completed_at         timestamptz,
    CONSTRAINT payment_attempt_once UNIQUE (entitlement_id, attempt),
    CONSTRAINT payment_final_completed CHECK (status NOT IN ('SUCCEEDED', 'FAILED') OR completed_at IS NOT NULL),
    CONSTRAINT payment_succeeded_with_transaction CHECK (status <> 'SUCCEEDED' OR transaction_id IS NOT NULL)
);

-- never two live payments of one entitlement, whatever the code above it does: a new one only after the last FAILED
CREATE UNIQUE INDEX payment_live_once_per_entitlement ON payment (entitlement_id) WHERE status <> 'FAILED';
-- what the sender and the poller claim
CREATE INDEX payment_due_idx ON payment (status, next_attempt_at) WHERE status IN ('QUEUED', 'ACCEPTED');
-- keyset paging of the finance desk's list: oldest first
CREATE INDEX payment_status_created_idx ON payment (status, created_at, id);
CREATE INDEX payment_created_idx ON payment (created_at, id);
CREATE INDEX payment_batch_idx ON payment (batch_id);

-- An entitlement whose payment FAILED for good may go into a new batch: its line in the earlier (approved) batch stays
-- as history, superseded by the new batch, and no longer counts as the entitlement's one open line.
ALTER TABLE payment_batch_line ADD COLUMN superseded_by uuid REFERENCES payment_batch (id);
DROP INDEX payment_batch_line_entitlement_once;
CREATE UNIQUE INDEX payment_batch_line_entitlement_once ON payment_batch_line (entitlement_id) WHERE NOT returned AND superseded_by IS NULL;
