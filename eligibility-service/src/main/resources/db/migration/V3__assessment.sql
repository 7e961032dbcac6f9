-- Which version of a campaign's criteria decided an assessment: a correction of the thresholds raises it.
ALTER TABLE campaign ADD COLUMN criteria_version integer NOT NULL DEFAULT 1;

-- The result of checking one submitted application: exactly what EligibilityAssessed published.
CREATE TABLE assessment (
    application_id uuid        PRIMARY KEY,
    campaign       varchar(16) NOT NULL REFERENCES campaign (code),
    org_id         varchar(18) NOT NULL,
    district       varchar(16) NOT NULL,
    rule_set       varchar(32) NOT NULL,
    levels_met     varchar(32) NOT NULL,   -- comma-separated BrandLevel names, empty when none
    result         jsonb       NOT NULL,
    assessed_at    timestamptz NOT NULL
);

CREATE INDEX assessment_district_idx ON assessment (district, assessed_at);
