-- Every attempt to send a delivery, with what the SMTP server or the SMS gateway answered.
CREATE TABLE delivery_attempt (
    id              bigserial    PRIMARY KEY,
    delivery_id     uuid         NOT NULL REFERENCES delivery (id),
    attempted_at    timestamptz  NOT NULL,
    outcome         varchar(16)  NOT NULL,   -- SENT, RETRY, FAILED
    provider_status varchar(40),             -- HTTP status and code, or SMTP reply code
    provider_answer text,                    -- the provider's message or the reason, in Chinese where ours
    duration_millis bigint       NOT NULL
);

CREATE INDEX delivery_attempt_delivery_idx ON delivery_attempt (delivery_id, attempted_at);
