-- One e-mail or SMS to one person: an event arriving any number of times owes each person one per channel.
CREATE TABLE delivery (
    id                      uuid         PRIMARY KEY,   -- also the SMS gateway's requestId (idempotency key)
    dispatch_id             uuid         NOT NULL REFERENCES dispatch (id),
    event_id                uuid         NOT NULL,
    kind                    varchar(40)  NOT NULL,
    recipient_kind          varchar(16)  NOT NULL,   -- ORGANISATION (a unit, through its contacts) or PERSON (staff)
    person                  varchar(100) NOT NULL,   -- the orgId or the staff member's user name
    recipient_name_encrypted text,
    channel                 varchar(8)   NOT NULL,   -- EMAIL or SMS
    address_encrypted       text,                    -- the address last written to (encrypted); a unit's comes from its contacts
    status                  varchar(16)  NOT NULL,   -- PENDING, SENT, FAILED
    attempts                integer      NOT NULL DEFAULT 0,   -- every attempt, resends included
    round_tries             integer      NOT NULL DEFAULT 0,   -- attempts since created or last resent (back-off)
    round_started_at        timestamptz  NOT NULL,             -- from when the give-up age counts
    next_attempt_at         timestamptz,
    failure_code            varchar(40),
    last_error              text,
    provider_message_id     varchar(64),
    created_at              timestamptz  NOT NULL,
    sent_at                 timestamptz,
    CONSTRAINT delivery_once UNIQUE (event_id, kind, person, channel)
);

CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_list_idx ON delivery (created_at DESC, id DESC);
