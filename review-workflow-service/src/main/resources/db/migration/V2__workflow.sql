-- The decisions a case collects on its way, its history, the pre-check it carries, and the notice's closing.
ALTER TABLE review_case
    ADD COLUMN unit_name               varchar(200) NOT NULL DEFAULT '',
    ADD COLUMN district_level_selected boolean,
    ADD COLUMN city_recommended        boolean,
    ADD COLUMN decision_comment        varchar(2000),
    ADD COLUMN decided_by              varchar(100),
    ADD COLUMN decided_at              timestamptz,
    ADD COLUMN certified_level         varchar(16),
    ADD COLUMN brand_id                uuid UNIQUE,
    ADD COLUMN certified_on            date;

-- every step, with who took it and why: what a reviewer, an auditor or the applicant's complaint asks for
CREATE TABLE case_transition (
    id         bigserial    PRIMARY KEY,
    case_id    uuid         NOT NULL REFERENCES review_case (id),
    from_stage varchar(24),
    to_stage   varchar(24)  NOT NULL,
    action     varchar(32)  NOT NULL,
    actor      varchar(100) NOT NULL,
    at         timestamptz  NOT NULL,
    comment    varchar(2000)
);
CREATE INDEX case_transition_case_idx ON case_transition (case_id, id);

-- the eligibility pre-check of an application; it may arrive before or after the case opens
CREATE TABLE case_assessment (
    application_id uuid        PRIMARY KEY,
    levels_met     varchar(32) NOT NULL,
    blocking       boolean     NOT NULL,
    result         jsonb       NOT NULL,
    assessed_at    timestamptz NOT NULL
);

ALTER TABLE public_notice ADD COLUMN closed_at timestamptz;
CREATE UNIQUE INDEX public_notice_case_idx ON public_notice (case_id);
