-- A campaign (申报批次) and the thresholds of its criteria (认定标准). The thresholds are data of the
-- campaign, not constants in code: a later notice can change them without a release.
CREATE TABLE campaign (
    code                 varchar(16)  PRIMARY KEY,
    title                varchar(100) NOT NULL,
    notice_reference     varchar(100) NOT NULL,
    first_declared_year  integer      NOT NULL,
    last_declared_year   integer      NOT NULL,
    application_deadline date         NOT NULL,   -- units apply to their district by this day
    forwarding_deadline  date         NOT NULL,   -- districts forward to the city by this day
    CHECK (first_declared_year <= last_declared_year)
);

CREATE TABLE criterion_threshold (
    campaign   varchar(16)   NOT NULL REFERENCES campaign (code),
    criterion  varchar(40)   NOT NULL,
    level      varchar(16)   NOT NULL,
    comparison varchar(16)   NOT NULL,
    threshold  numeric(12, 4),           -- a count, or a rate as a fraction (0.8 = 80 %); none when REQUIRED
    PRIMARY KEY (campaign, criterion, level),
    CHECK ((comparison = 'REQUIRED') = (threshold IS NULL))
);
