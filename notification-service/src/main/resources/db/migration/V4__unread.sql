-- the unread badge counts a caller's unread messages on every page: only those rows are indexed
CREATE INDEX inbox_message_unread_idx ON inbox_message (recipient_kind, recipient) WHERE read_at IS NULL;
