-- What each person chose per kind of message: e-mail and SMS on or off (the inbox is always on). The person is a unit
-- (ORGANISATION, its orgId: every applicant account of it shares the choice) or a member of staff (PERSON, username).
-- A kind without a row goes by its default channels.
CREATE TABLE notification_preference (
    recipient_kind varchar(16)  NOT NULL,
    recipient      varchar(100) NOT NULL,
    notice_kind    varchar(60)  NOT NULL,
    email          boolean      NOT NULL,
    sms            boolean      NOT NULL,
    updated_at     timestamptz  NOT NULL,
    PRIMARY KEY (recipient_kind, recipient, notice_kind)
);
