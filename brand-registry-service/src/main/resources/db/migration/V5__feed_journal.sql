-- The provincial feed's journal: every registry event the province pulls, in the order it committed, never changed.
-- position is the cursor; appends are serialised (an advisory lock for the transaction) so that a reader never sees
-- position n+1 before n has committed.
CREATE TABLE feed_entry (
    position    bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid         NOT NULL UNIQUE,
    type        varchar(64)  NOT NULL,
    subject     uuid         NOT NULL,
    occurred_at timestamptz  NOT NULL,
    envelope    jsonb        NOT NULL
);

CREATE INDEX feed_entry_subject_idx ON feed_entry (subject, position);

-- brands registered before the journal existed enter it as the BrandRegistered they were published as
INSERT INTO feed_entry (event_id, type, subject, occurred_at, envelope)
SELECT gen_random_uuid(), 'BrandRegistered', id, registered_at,
       jsonb_build_object('eventId', NULL, 'type', 'BrandRegistered', 'schemaVersion', '1.0',
                          'occurredAt', to_char(registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                          'source', 'brand-registry-service', 'subject', id::text, 'correlationId', NULL,
                          'payload', jsonb_build_object('brandId', id::text, 'applicationId', application_id::text, 'orgId', org_id,
                                                        'unitName', unit_name, 'district', district, 'brandName', brand_name,
                                                        'level', level, 'certificateNumber', certificate_number,
                                                        'certifiedOn', to_char(certified_on, 'YYYY-MM-DD')))
FROM brand ORDER BY registered_at, id;

UPDATE feed_entry SET envelope = jsonb_set(envelope, '{eventId}', to_jsonb(event_id::text)) WHERE envelope->>'eventId' IS NULL;
