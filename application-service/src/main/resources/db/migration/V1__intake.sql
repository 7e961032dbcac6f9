-- An applicant unit's application for a labour brand, from draft onwards.
CREATE TABLE application (
    id               uuid         PRIMARY KEY,
    campaign         varchar(16)  NOT NULL,
    org_id           varchar(18)  NOT NULL,   -- the unit's Unified Social Credit Code
    district         varchar(16)  NOT NULL,   -- where the unit is registered; its HR bureau reviews
    brand_name       varchar(100) NOT NULL,
    unit_type        varchar(32)  NOT NULL,
    requested_levels varchar(32)  NOT NULL,   -- comma-separated BrandLevel names
    status           varchar(16)  NOT NULL,
    created_by       varchar(100) NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          integer      NOT NULL
);

-- an applicant's own list, newest first
CREATE INDEX application_org_idx ON application (org_id, created_at DESC);
