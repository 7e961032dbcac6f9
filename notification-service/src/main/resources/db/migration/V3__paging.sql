-- keyset paging of a person's inboxes: newest first, the id keeping the order stable
DROP INDEX inbox_message_recipient_idx;
CREATE INDEX inbox_message_recipient_idx ON inbox_message (recipient_kind, recipient, created_at DESC, id DESC);
