-- In-app messages. A message goes to an applicant unit (every account of the organisation reads it)
-- or to one member of staff.
CREATE TABLE inbox_message (
    id             uuid         PRIMARY KEY,
    recipient_kind varchar(16)  NOT NULL,   -- ORGANISATION or PERSON
    recipient      varchar(100) NOT NULL,   -- the orgId, or the staff member's user name
    category       varchar(40)  NOT NULL,
    title          varchar(200) NOT NULL,
    body           text         NOT NULL,
    created_at     timestamptz  NOT NULL,
    read_at        timestamptz
);

CREATE INDEX inbox_message_recipient_idx ON inbox_message (recipient_kind, recipient, created_at DESC);
