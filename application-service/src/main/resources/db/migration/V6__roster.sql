-- The worker roster (吸纳或有组织输出务工人员明细): one current import per application, its workers with their personal
-- data encrypted (name, ID number, phone) and the ID number's HMAC for matching, the rows it refused, the employers the
-- unit listed for organised output, the applications whose brand was certified, and every read of unmasked data by staff.

CREATE TABLE roster_import (
    id                     uuid PRIMARY KEY,
    application_id         uuid         NOT NULL REFERENCES application (id),
    material_file_id       uuid,
    file_label             varchar(200) NOT NULL,
    file_format            varchar(8)   NOT NULL,
    file_sha256            char(64)     NOT NULL,
    file_size              bigint       NOT NULL,
    rows_taken             integer      NOT NULL,
    rows_refused           integer      NOT NULL,
    years                  jsonb        NOT NULL,
    organised_output       boolean      NOT NULL,
    out_of_province_output boolean      NOT NULL,
    imported_by            varchar(100) NOT NULL,
    imported_at            timestamptz  NOT NULL,
    current                boolean      NOT NULL
);
CREATE UNIQUE INDEX roster_import_one_current ON roster_import (application_id) WHERE current;

-- no foreign key and no primary key: rows arrive by COPY, a million at a time, into a table the import owns
CREATE TABLE roster_worker (
    roster_id          uuid        NOT NULL,
    line               integer     NOT NULL,
    year               smallint    NOT NULL,
    -- name, ID number and phone sealed together (AES-256-GCM, key id inside): one cipher operation per worker
    personal_enc       bytea       NOT NULL,
    id_hmac            bytea       NOT NULL,
    management         boolean     NOT NULL,
    trained            boolean     NOT NULL,
    passed             boolean     NOT NULL,
    employer           varchar(100),
    employer_in_dalian boolean     NOT NULL,
    out_of_province    boolean     NOT NULL,
    contract_ref       varchar(100),
    insurance_ref      varchar(100),
    counting           varchar(16) NOT NULL
);
CREATE INDEX roster_worker_by_line ON roster_worker (roster_id, line);
CREATE INDEX roster_worker_by_person ON roster_worker (id_hmac) INCLUDE (roster_id) WHERE counting = 'COUNTED';

CREATE TABLE roster_refusal (
    roster_id        uuid         NOT NULL,
    line             integer      NOT NULL,
    column_header    varchar(40),
    reason           varchar(300) NOT NULL,
    masked_name      varchar(120),
    masked_id_number varchar(40),
    PRIMARY KEY (roster_id, line)
);

CREATE TABLE roster_employer (
    application_id uuid         NOT NULL REFERENCES application (id),
    name           varchar(100) NOT NULL,
    PRIMARY KEY (application_id, name)
);

-- kept from BrandCertified: a certified brand's roster workers are counted, whatever campaign comes next
CREATE TABLE certified_application (
    application_id uuid PRIMARY KEY,
    certified_on   date NOT NULL
);

CREATE TABLE roster_disclosure (
    id             bigserial PRIMARY KEY,
    application_id uuid         NOT NULL,
    roster_id      uuid         NOT NULL,
    line           integer      NOT NULL,
    disclosed_to   varchar(100) NOT NULL,
    role           varchar(32)  NOT NULL,
    reason         varchar(300) NOT NULL,
    disclosed_at   timestamptz  NOT NULL
);
CREATE INDEX roster_disclosure_by_application ON roster_disclosure (application_id, disclosed_at);
