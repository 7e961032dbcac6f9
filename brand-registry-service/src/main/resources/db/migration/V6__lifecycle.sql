-- Dynamic management (动态管理): rectification orders with the holder's answers and the reviewer's extensions and
-- decision, the files they rest on, reminders sent, exit proposals and decisions, provincial certifications.
-- The brand is named by id without a foreign key: the brand table is the brand feature's, and its tests clear it freely.

-- A file kept in the registry's own database: a rectification's evidence or the province's decision document. Its type is
-- sniffed from the bytes (PDF, JPEG, PNG), never taken from the name or the sender.
CREATE TABLE stored_file (
    id            uuid         PRIMARY KEY,
    brand_id      uuid         NOT NULL,
    purpose       varchar(32)  NOT NULL,
    name          varchar(255) NOT NULL,
    content_type  varchar(64)  NOT NULL,
    size_bytes    bigint       NOT NULL CHECK (size_bytes > 0),
    sha256        char(64)     NOT NULL,
    content       bytea        NOT NULL,
    uploaded_by   varchar(100) NOT NULL,
    uploaded_at   timestamptz  NOT NULL
);
CREATE INDEX stored_file_brand_idx ON stored_file (brand_id, purpose);

-- 限期整改: reasons from the notice's list, a written explanation, a deadline in working days.
CREATE TABLE rectification (
    id            uuid          PRIMARY KEY,
    brand_id      uuid          NOT NULL,
    -- the brand's district, for the reviewers' worklist scope (a brand never changes district)
    district      varchar(16)   NOT NULL,
    reasons       varchar(32)[] NOT NULL CHECK (cardinality(reasons) >= 1),
    explanation   varchar(2000) NOT NULL,
    ordered_on    date          NOT NULL,
    ordered_by    varchar(100)  NOT NULL,
    ordered_at    timestamptz   NOT NULL,
    working_days  integer       NOT NULL CHECK (working_days >= 1),
    deadline      date          NOT NULL,
    status        varchar(16)   NOT NULL,
    decision      varchar(16),
    decided_on    date,
    decision_note varchar(2000),
    decided_by    varchar(100),
    version       integer       NOT NULL
);
-- one running rectification per brand at most
CREATE UNIQUE INDEX rectification_running_idx ON rectification (brand_id) WHERE status IN ('OPEN', 'ANSWERED');
CREATE INDEX rectification_brand_idx ON rectification (brand_id, ordered_at DESC);
CREATE INDEX rectification_worklist_idx ON rectification (status, deadline, id);

-- The holder's answers, in the order given; evidence_file_ids point into stored_file.
CREATE TABLE rectification_answer (
    rectification_id  uuid          NOT NULL REFERENCES rectification (id),
    seq               integer       NOT NULL,
    text              varchar(4000) NOT NULL,
    evidence_file_ids uuid[]        NOT NULL,
    answered_on       date          NOT NULL,
    answered_by       varchar(100)  NOT NULL,
    PRIMARY KEY (rectification_id, seq)
);

-- Each new deadline the reviewer granted.
CREATE TABLE rectification_extension (
    rectification_id  uuid          NOT NULL REFERENCES rectification (id),
    seq               integer       NOT NULL,
    decided_on        date          NOT NULL,
    working_days      integer       NOT NULL CHECK (working_days >= 1),
    previous_deadline date          NOT NULL,
    new_deadline      date          NOT NULL,
    reason            varchar(2000) NOT NULL,
    decided_by        varchar(100)  NOT NULL,
    PRIMARY KEY (rectification_id, seq)
);

-- Reminders sent: once per rectification and day, whatever the number of instances running the daily check.
CREATE TABLE rectification_reminder (
    rectification_id   uuid        NOT NULL REFERENCES rectification (id),
    due_on             date        NOT NULL,
    working_days_left  integer     NOT NULL,
    sent_at            timestamptz NOT NULL,
    PRIMARY KEY (rectification_id, due_on)
);

-- An exit proposed after an overdue or failed rectification, and the leading group's decision (文号, date, who).
CREATE TABLE exit_proposal (
    brand_id            uuid         PRIMARY KEY,
    rectification_id    uuid         NOT NULL REFERENCES rectification (id),
    cause               varchar(16)  NOT NULL,
    proposed_on         date         NOT NULL,
    proposed_by         varchar(100) NOT NULL,
    decision_reference  varchar(100),
    decided_on          date,
    decided_by          varchar(100),
    decided_at          timestamptz
);

-- The province's certification of a city-level brand, recorded once.
CREATE TABLE provincial_certification (
    brand_id            uuid         PRIMARY KEY,
    decision_reference  varchar(100) NOT NULL,
    decided_on          date         NOT NULL,
    document_file_id    uuid         NOT NULL REFERENCES stored_file (id),
    document_sha256     char(64)     NOT NULL,
    recorded_by         varchar(100) NOT NULL,
    recorded_at         timestamptz  NOT NULL
);
