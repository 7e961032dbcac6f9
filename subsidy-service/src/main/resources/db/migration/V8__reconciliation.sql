-- Reconciliation (对账): the bank's daily statement, imported once per file and matched against the platform's payments. A day
-- has one current import; a different file of that day (the bank's corrected statement, or the day's statement again once the
-- day has closed) replaces it, and the earlier one stays as history, marked superseded.
CREATE TABLE statement_import (
    id             uuid         PRIMARY KEY,
    statement_date date         NOT NULL,   -- the day of the statement, Beijing time
    file_sha256    char(64)     NOT NULL,   -- the same file again is recognised, and changes nothing
    file_name      varchar(200) NOT NULL,
    imported_by    varchar(100) NOT NULL,
    imported_at    timestamptz  NOT NULL,
    line_count     integer      NOT NULL CHECK (line_count >= 0),
    total_fen      bigint       NOT NULL CHECK (total_fen >= 0),   -- money in fen, never floating point
    matched_count  integer      NOT NULL CHECK (matched_count >= 0),
    mismatch_count integer      NOT NULL CHECK (mismatch_count >= 0),
    superseded_by  uuid,                    -- the import of the same day that replaced this one; null while it is the day's current one
    superseded_at  timestamptz,
    -- one import per file, however two people import at once (a superseded file too: importing it again changes nothing)
    CONSTRAINT statement_import_once_per_file UNIQUE (file_sha256),
    CONSTRAINT statement_import_superseded_when CHECK ((superseded_by IS NULL) = (superseded_at IS NULL)),
    CONSTRAINT statement_import_not_by_itself CHECK (superseded_by <> id),
    -- each import replaces at most one, and only one of its own day; deferred: the earlier import is marked in the same
    -- transaction just before its replacement is inserted (the day must have no current import by then)
    CONSTRAINT statement_import_id_of_day UNIQUE (id, statement_date),
    CONSTRAINT statement_import_replaces_one UNIQUE (superseded_by),
    CONSTRAINT statement_import_superseded_by_same_day FOREIGN KEY (superseded_by, statement_date)
        REFERENCES statement_import (id, statement_date) DEFERRABLE INITIALLY DEFERRED
);

-- one current import per day, however two people import at once
CREATE UNIQUE INDEX statement_import_one_current_per_day ON statement_import (statement_date) WHERE superseded_by IS NULL;

-- Each line of a statement with its match result and the platform's payment as it stood at the import; and each payment the
-- platform saw succeed that day which the statement lacks (no line: MISSING_FROM_STATEMENT).
CREATE TABLE statement_entry (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    import_id               uuid         NOT NULL REFERENCES statement_import (id),
    line_number             integer,                 -- in the file (the header is line 1)
    match_status            varchar(32)  NOT NULL CHECK (match_status IN ('AMOUNT_DIFFERS', 'TRANSACTION_DIFFERS', 'NOT_IN_PLATFORM',
                                                                        'MISSING_FROM_STATEMENT', 'NOT_CONFIRMED_IN_PLATFORM', 'MATCHED')),
    reference               varchar(64)  NOT NULL,   -- <entitlement id>:<attempt>, as the bank echoes it
    transaction_time        time,                    -- the bank's, Beijing time, on the statement's day
    transaction_id          varchar(64),             -- 银行流水号 on the statement
    payee_account_name      varchar(200),
    payee_account_number    text,                    -- PersonalDataCipher
    payee_bank_name         varchar(200),
    amount_fen              bigint CHECK (amount_fen > 0),
    summary                 varchar(200),
    entitlement_id          uuid,                    -- the platform's payment, when there is one
    unit_name               varchar(200),
    brand_name              varchar(100),
    platform_amount_fen     bigint CHECK (platform_amount_fen > 0),
    platform_status         varchar(16) CHECK (platform_status IN ('QUEUED', 'ACCEPTED', 'SUCCEEDED', 'FAILED')),
    platform_transaction_id varchar(100),   -- the payment system's id as the payment module keeps it
    platform_completed_at   timestamptz,
    note                    varchar(500),
    -- a line of the statement carries the bank's figures; a payment the statement lacks carries the platform's
    CONSTRAINT statement_entry_line_or_missing CHECK ((line_number IS NULL) = (match_status = 'MISSING_FROM_STATEMENT')),
    CONSTRAINT statement_entry_line_complete CHECK (line_number IS NULL OR (transaction_time IS NOT NULL AND transaction_id IS NOT NULL
        AND payee_account_name IS NOT NULL AND payee_account_number IS NOT NULL AND payee_bank_name IS NOT NULL AND amount_fen IS NOT NULL)),
    CONSTRAINT statement_entry_payment_complete CHECK ((entitlement_id IS NULL) = (platform_status IS NULL)
        AND (entitlement_id IS NULL) = (platform_amount_fen IS NULL)),
    CONSTRAINT statement_entry_missing_is_a_payment CHECK (line_number IS NOT NULL OR entitlement_id IS NOT NULL),
    CONSTRAINT statement_entry_line_once UNIQUE (import_id, line_number)
);

CREATE INDEX statement_entry_import_idx ON statement_entry (import_id, id);
-- which references other days' statements list (a payment the platform confirmed just after midnight is on the day before's)
CREATE INDEX statement_entry_reference_idx ON statement_entry (reference) WHERE line_number IS NOT NULL;
