-- Materials (申报材料): what each campaign asks for, the files each application hands in, and (for the
-- database evidence store, EVIDENCE_STORE=postgres) their bytes.

-- What a campaign asks of each kind of material, and when it is mandatory. A campaign without rows here
-- asks for the platform's default checklist (MaterialChecklist.defaults()).
CREATE TABLE material_requirement (
    campaign    varchar(16)  NOT NULL REFERENCES campaign (code),
    kind        varchar(32)  NOT NULL CHECK (kind IN ('ATTACHMENT_TWO', 'BUSINESS_LICENCE', 'APPLICATION_REPORT',
                                                      'TRAINING_EVIDENCE', 'ROSTER', 'OUTPUT_AGREEMENTS',
                                                      'OUT_OF_PROVINCE_PROOFS', 'LABOUR_RULES', 'COLLECTIVE_CONTRACT',
                                                      'COORDINATION_BODY')),
    requirement varchar(32)  NOT NULL CHECK (requirement IN ('ALWAYS', 'CITY_LEVEL', 'ORGANISED_OUTPUT',
                                                             'OUT_OF_PROVINCE_OUTPUT', 'OPTIONAL')),
    unit_types  varchar(200),   -- comma-separated UnitType names the requirement binds; NULL: every unit type
    PRIMARY KEY (campaign, kind)
);

-- 大就办发〔2022〕9号, 申报材料 2–7: all for every unit, but the output agreements only with organised output
-- and the out-of-province contracts and social-insurance proofs only with output to another province
INSERT INTO material_requirement (campaign, kind, requirement) VALUES
    ('2022', 'ATTACHMENT_TWO',         'ALWAYS'),
    ('2022', 'BUSINESS_LICENCE',       'ALWAYS'),
    ('2022', 'APPLICATION_REPORT',     'ALWAYS'),
    ('2022', 'TRAINING_EVIDENCE',      'ALWAYS'),
    ('2022', 'ROSTER',                 'ALWAYS'),
    ('2022', 'OUTPUT_AGREEMENTS',      'ORGANISED_OUTPUT'),
    ('2022', 'OUT_OF_PROVINCE_PROOFS', 'OUT_OF_PROVINCE_OUTPUT'),
    ('2022', 'LABOUR_RULES',           'ALWAYS'),
    ('2022', 'COLLECTIVE_CONTRACT',    'ALWAYS'),
    ('2022', 'COORDINATION_BODY',      'ALWAYS');

-- A file an application handed in. Its name is only a label; its bytes are in the evidence store under
-- storage_key; its content type was sniffed from the bytes. The row is written after the bytes are stored.
CREATE TABLE material_file (
    id             uuid         PRIMARY KEY,
    application_id uuid         NOT NULL REFERENCES application (id),
    kind           varchar(32)  NOT NULL,
    label          varchar(200) NOT NULL,
    content_type   varchar(100) NOT NULL,
    size_bytes     bigint       NOT NULL CHECK (size_bytes > 0),
    sha256         char(64)     NOT NULL,
    uploaded_by    varchar(100) NOT NULL,
    uploaded_at    timestamptz  NOT NULL,
    storage_key    uuid         NOT NULL UNIQUE
);

CREATE INDEX material_file_application_idx ON material_file (application_id, kind);

-- The database evidence store: an object's bytes in chunks of about 1 MB, written as they arrive; its
-- evidence_object row is written last, so chunks without one are what a failed upload left.
CREATE TABLE evidence_chunk (
    object_key uuid    NOT NULL,
    seq        integer NOT NULL,
    data       bytea   NOT NULL,
    PRIMARY KEY (object_key, seq)
);

CREATE TABLE evidence_object (
    key        uuid        PRIMARY KEY,
    size_bytes bigint      NOT NULL,
    chunks     integer     NOT NULL,
    stored_at  timestamptz NOT NULL
);
