-- Messages born from events remember which event, so that a person (or support) can trace one back.
ALTER TABLE inbox_message ADD COLUMN source_event_id uuid;
CREATE INDEX inbox_message_source_event_idx ON inbox_message (source_event_id);
