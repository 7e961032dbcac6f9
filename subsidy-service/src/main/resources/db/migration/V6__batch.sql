-- Payment batches (maker–checker): a finance clerk prepares a batch of waiting entitlements, a finance approver who is not
-- that clerk approves it (reserving its total against the year's budget) or returns it with a reason.
CREATE TABLE payment_batch (
    id            uuid         PRIMARY KEY,
    year          integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),   -- the budget year it is paid from
    purpose       varchar(200) NOT NULL,
    status        varchar(16)  NOT NULL CHECK (status IN ('PREPARED', 'APPROVED', 'RETURNED')),
    total_fen     bigint       NOT NULL CHECK (total_fen > 0),                 -- money in fen, never floating point
    prepared_by   varchar(100) NOT NULL,
    prepared_at   timestamptz  NOT NULL,
    decided_by    varchar(100),
    decided_at    timestamptz,
    return_reason varchar(500),
    -- the checker is never the maker, whatever the code above it does (PaymentBatch enforces it first)
    CONSTRAINT payment_batch_checker_not_maker CHECK (decided_by IS NULL OR decided_by <> prepared_by),
    CONSTRAINT payment_batch_returned_with_reason CHECK (status <> 'RETURNED' OR return_reason IS NOT NULL)
);

CREATE INDEX payment_batch_status_idx ON payment_batch (status, prepared_at, id);
CREATE INDEX payment_batch_prepared_idx ON payment_batch (prepared_at, id);

-- One entitlement paid to its unit's account; the payee as it was when the batch was prepared (the account number encrypted).
CREATE TABLE payment_batch_line (
    batch_id              uuid         NOT NULL REFERENCES payment_batch (id),
    entitlement_id        uuid         NOT NULL REFERENCES entitlement (id),
    position              integer      NOT NULL,
    org_id                varchar(18)  NOT NULL,
    unit_name             varchar(200) NOT NULL,
    brand_name            varchar(100) NOT NULL,
    certification_level   varchar(16)  NOT NULL,
    amount_fen            bigint       NOT NULL CHECK (amount_fen > 0),
    payee_account_name    varchar(200) NOT NULL,
    payee_bank_name       varchar(200) NOT NULL,
    payee_account_number  text         NOT NULL,   -- PersonalDataCipher
    returned              boolean      NOT NULL DEFAULT false,   -- the batch was returned: the entitlement is free again
    PRIMARY KEY (batch_id, entitlement_id)
);

-- an entitlement is in at most one batch that is not returned, however two clerks race
CREATE UNIQUE INDEX payment_batch_line_entitlement_once ON payment_batch_line (entitlement_id) WHERE NOT returned;

-- Every step of a batch: who, in which role, when, what, why.
CREATE TABLE payment_batch_audit (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id uuid         NOT NULL REFERENCES payment_batch (id),
    action   varchar(16)  NOT NULL CHECK (action IN ('PREPARED', 'APPROVED', 'RETURNED')),
    actor    varchar(100) NOT NULL,
    role     varchar(32)  NOT NULL,
    at       timestamptz  NOT NULL,
    reason   varchar(500)
);

CREATE INDEX payment_batch_audit_batch_idx ON payment_batch_audit (batch_id, id);
