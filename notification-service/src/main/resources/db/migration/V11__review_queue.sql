-- The bureaus' queues as the events tell them, for the reviewers' daily digest (每日待办摘要).
-- An item is a case waiting for a bureau (since a day) or a deadline it watches (due_on); closed items stay, closed.
CREATE TABLE review_queue_item (
    subject_id     uuid         NOT NULL,   -- the application, objection or rectification
    task           varchar(40)  NOT NULL,   -- DISTRICT_REVIEW, OBJECTION_INVESTIGATION, PUBLICITY_END, CITY_REVIEW, ...
    bureau         varchar(20)  NOT NULL,   -- a district's code (210211), or CITY
    application_id uuid,                    -- the application it belongs to, if any: a rejection or withdrawal closes them all
    org_id         varchar(18),
    unit_name      varchar(200),
    brand_name     varchar(200),
    since          date         NOT NULL,
    due_on         date,
    open           boolean      NOT NULL,
    updated_at     timestamptz  NOT NULL,
    PRIMARY KEY (subject_id, task)
);
CREATE INDEX review_queue_item_open_idx ON review_queue_item (bureau) WHERE open;
CREATE INDEX review_queue_item_application_idx ON review_queue_item (application_id) WHERE open;
CREATE INDEX review_queue_item_org_idx ON review_queue_item (org_id);

-- the events the queue took note of, so that one arriving again changes nothing
CREATE TABLE review_queue_event (
    event_id   uuid        PRIMARY KEY,
    tracked_at timestamptz NOT NULL
);

-- a digest sent: one per (day, bureau, reviewer) whichever instance runs the job and however often
CREATE TABLE review_digest_sent (
    day      date         NOT NULL,
    bureau   varchar(20)  NOT NULL,
    username varchar(100) NOT NULL,
    event_id uuid         NOT NULL,
    sent_at  timestamptz  NOT NULL,
    PRIMARY KEY (day, bureau, username)
);

-- the day's digest planned: the bureaus with anything open when the day's first run began. Later runs that day (retries)
-- finish these only, so that a case arriving at noon waits for the next morning's digest
CREATE TABLE review_digest_day (
    day        date        PRIMARY KEY,
    planned_at timestamptz NOT NULL
);

-- a bureau's digests of a day: planned, then done (all sent, or nothing to send)
CREATE TABLE review_digest_run (
    day     date        NOT NULL,
    bureau  varchar(20) NOT NULL,
    done_at timestamptz,
    PRIMARY KEY (day, bureau)
);
