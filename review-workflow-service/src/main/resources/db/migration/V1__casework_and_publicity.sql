-- One review case per submitted application, moving through the stages of 工作进程.
CREATE TABLE review_case (
    id               uuid         PRIMARY KEY,
    application_id   uuid         NOT NULL UNIQUE,
    campaign         varchar(16)  NOT NULL,
    org_id           varchar(18)  NOT NULL,
    district         varchar(16)  NOT NULL,   -- the district bureau that reviews it
    brand_name       varchar(100) NOT NULL,
    requested_levels varchar(32)  NOT NULL,   -- comma-separated BrandLevel names
    stage            varchar(24)  NOT NULL,
    opened_at        timestamptz  NOT NULL,
    version          integer      NOT NULL
);

-- the district queue: a reviewer's own district, by stage, oldest first
CREATE INDEX review_case_queue_idx ON review_case (district, stage, opened_at);

-- 公示: the public notice of the brands a district selects, for 5 working days.
CREATE TABLE public_notice (
    id           uuid         PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES review_case (id),
    brand_name   varchar(100) NOT NULL,
    unit_name    varchar(200) NOT NULL,
    district     varchar(16)  NOT NULL,
    levels       varchar(32)  NOT NULL,
    starts_on    date         NOT NULL,
    ends_on      date         NOT NULL,
    CHECK (starts_on <= ends_on)
);

CREATE INDEX public_notice_window_idx ON public_notice (ends_on, starts_on);
