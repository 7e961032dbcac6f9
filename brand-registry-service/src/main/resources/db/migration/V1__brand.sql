-- A certified labour brand, from certification to exit (动态管理).
CREATE TABLE brand (
    id                 uuid         PRIMARY KEY,
    certificate_number varchar(32)  NOT NULL UNIQUE,
    application_id     uuid         NOT NULL,
    org_id             varchar(18)  NOT NULL,
    unit_name          varchar(200) NOT NULL,
    district           varchar(16)  NOT NULL,
    brand_name         varchar(100) NOT NULL,
    level              varchar(16)  NOT NULL,
    status             varchar(16)  NOT NULL,
    certified_on       date         NOT NULL,
    registered_at      timestamptz  NOT NULL,
    version            integer      NOT NULL,
    UNIQUE (application_id, level)
);

CREATE INDEX brand_org_idx ON brand (org_id);
CREATE INDEX brand_district_idx ON brand (district);
