-- What a notice owes beyond the inbox, written in the consumer's transaction: expanded later into deliveries (one per
-- person and channel), once the unit's contacts or the staff behind the recipient are known.
CREATE TABLE dispatch (
    id              uuid         PRIMARY KEY,
    event_id        uuid         NOT NULL,
    kind            varchar(40)  NOT NULL,
    recipient_kind  varchar(16)  NOT NULL,
    recipient       varchar(100) NOT NULL,
    title           varchar(200) NOT NULL,
    email_subject   varchar(200),
    email_text      text,
    email_html      text,
    sms             text,
    status          varchar(16)  NOT NULL,   -- WAITING, EXPANDED
    tries           integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_error      text,
    created_at      timestamptz  NOT NULL,
    expanded_at     timestamptz,
    CONSTRAINT dispatch_once UNIQUE (event_id, kind, recipient_kind, recipient)
);

CREATE INDEX dispatch_due_idx ON dispatch (next_attempt_at) WHERE status = 'WAITING';
