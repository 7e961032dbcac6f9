-- Supervision (动态管理): the district bureau's training-quality inspections and the quarterly phone call-backs
-- (定期电话回访). No worker's name or phone is ever stored here in full: the call list keeps them as
-- application-service masked them, and each reveal is only recorded (who, role, why, when).

CREATE TABLE training_inspection (
    id            uuid          PRIMARY KEY,
    brand_id      uuid          NOT NULL REFERENCES brand (id),
    inspected_on  date          NOT NULL,
    place         varchar(200)  NOT NULL,
    inspectors    text[]        NOT NULL,
    items_checked text[]        NOT NULL,
    findings      varchar(2000) NOT NULL,
    rating        varchar(24)   NOT NULL CHECK (rating IN ('QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED')),
    follow_up     varchar(1000),
    recorded_by   varchar(100)  NOT NULL,
    recorded_at   timestamptz   NOT NULL
);

CREATE INDEX training_inspection_brand_idx ON training_inspection (brand_id, inspected_on DESC);

-- A brand's sample for one quarter, drawn once: the seed, the sample size rule then in force and the roster's size
-- let anyone redo the draw.
CREATE TABLE callback_sample (
    id             uuid         PRIMARY KEY,
    brand_id       uuid         NOT NULL REFERENCES brand (id),
    year           integer      NOT NULL,
    quarter        integer      NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    seed           varchar(100) NOT NULL,
    size           integer      NOT NULL CHECK (size >= 0),
    sample_maximum integer      NOT NULL,
    sample_share   numeric(5,4) NOT NULL,
    roster_size    integer      NOT NULL,
    drawn_by       varchar(100) NOT NULL,
    drawn_at       timestamptz  NOT NULL,
    UNIQUE (brand_id, year, quarter)
);

CREATE TABLE callback_call (
    sample_id    uuid          NOT NULL REFERENCES callback_sample (id),
    position     integer       NOT NULL CHECK (position >= 1),
    roster_line  integer       NOT NULL,
    roster_year  integer       NOT NULL,
    employer     varchar(200)  NOT NULL,
    masked_name  varchar(100)  NOT NULL,
    masked_phone varchar(32)   NOT NULL,
    reach        varchar(16)   CHECK (reach IN ('REACHED', 'UNREACHABLE')),
    employment   varchar(16)   CHECK (employment IN ('CONFIRMED', 'NOT_CONFIRMED')),
    complaint    boolean,
    note         varchar(1000),
    called_by    varchar(100),
    called_at    timestamptz,
    PRIMARY KEY (sample_id, position),
    UNIQUE (sample_id, roster_line),
    CHECK ((reach IS NULL) = (called_at IS NULL))
);

CREATE TABLE callback_reveal (
    id          bigserial    PRIMARY KEY,
    sample_id   uuid         NOT NULL,
    position    integer      NOT NULL,
    revealed_by varchar(100) NOT NULL,
    role        varchar(32)  NOT NULL,
    reason      varchar(300) NOT NULL,
    revealed_at timestamptz  NOT NULL,
    FOREIGN KEY (sample_id, position) REFERENCES callback_call (sample_id, position)
);

CREATE INDEX callback_reveal_call_idx ON callback_reveal (sample_id, position);
