-- A newly certified brand's unit is entitled to one payout per level (政策支持).
CREATE TABLE entitlement (
    id             uuid         PRIMARY KEY,
    brand_id       uuid         NOT NULL,
    application_id uuid         NOT NULL,
    org_id         varchar(18)  NOT NULL,
    unit_name      varchar(200) NOT NULL,
    brand_name     varchar(100) NOT NULL,
    level          varchar(16)  NOT NULL,
    amount_fen     bigint       NOT NULL CHECK (amount_fen > 0),   -- money in fen, never floating point
    status         varchar(24)  NOT NULL,
    created_at     timestamptz  NOT NULL,
    version        integer      NOT NULL,
    -- a brand is paid at most once per level, whatever is delivered twice
    CONSTRAINT entitlement_once_per_brand_and_level UNIQUE (brand_id, level)
);

CREATE INDEX entitlement_status_idx ON entitlement (status, created_at);
