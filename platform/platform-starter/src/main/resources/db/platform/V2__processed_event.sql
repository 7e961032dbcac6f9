-- The idempotent consumer: an event's effect and its entry here commit together, so a redelivered
-- event (same eventId, same consumer) finds its entry and changes nothing.
CREATE TABLE processed_event (
    consumer     varchar(100) NOT NULL,
    event_id     uuid         NOT NULL,
    event_type   varchar(100) NOT NULL,
    processed_at timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
