-- 公示 as the document a district bureau publishes: one title, one text, one list of brands, one period. Until now a
-- notice was one case's row; each becomes a notice with one entry.
CREATE TABLE notice_entry (
    id           uuid         PRIMARY KEY,
    notice_id    uuid         NOT NULL REFERENCES public_notice (id),
    case_id      uuid         NOT NULL UNIQUE REFERENCES review_case (id),
    position     integer      NOT NULL,
    brand_name   varchar(100) NOT NULL,
    unit_name    varchar(200) NOT NULL,
    levels       varchar(32)  NOT NULL,   -- comma-separated BrandLevel names, as the list shows them now
    closed_at    timestamptz,             -- the case went to the city, or left the notice
    withdrawn_at timestamptz,             -- taken off the list: an objection was upheld against it
    UNIQUE (notice_id, position),
    CHECK (withdrawn_at IS NULL OR closed_at IS NOT NULL)
);

INSERT INTO notice_entry (id, notice_id, case_id, position, brand_name, unit_name, levels, closed_at)
SELECT id, id, case_id, 1, brand_name, unit_name, levels, closed_at FROM public_notice;

-- the entries the closing still has to look at
CREATE INDEX notice_entry_open_idx ON notice_entry (notice_id) WHERE closed_at IS NULL;

ALTER TABLE public_notice
    ADD COLUMN campaign     varchar(16),
    ADD COLUMN title        varchar(200),
    ADD COLUMN body         text,
    ADD COLUMN issuer       varchar(100),
    ADD COLUMN published_by varchar(100),
    ADD COLUMN published_at timestamptz;

-- the notices recorded before the text was generated keep a plain one
UPDATE public_notice n
SET campaign = c.campaign,
    title = '劳务品牌拟认定名单公示',
    body = '公示期：' || to_char(n.starts_on, 'YYYY-MM-DD') || ' 至 ' || to_char(n.ends_on, 'YYYY-MM-DD') || '。',
    issuer = '区人力资源和社会保障局',
    published_by = 'migration',
    published_at = now()
FROM review_case c
WHERE c.id = n.case_id;

ALTER TABLE public_notice
    ALTER COLUMN campaign SET NOT NULL,
    ALTER COLUMN title SET NOT NULL,
    ALTER COLUMN body SET NOT NULL,
    ALTER COLUMN issuer SET NOT NULL,
    ALTER COLUMN published_by SET NOT NULL,
    ALTER COLUMN published_at SET NOT NULL,
    DROP COLUMN case_id,
    DROP COLUMN brand_name,
    DROP COLUMN unit_name,
    DROP COLUMN levels,
    DROP COLUMN closed_at;

-- Who publishes a district's notice, as its title and signature name them. Data, not code: a renamed bureau or a new
-- pilot zone is a row (PUT /api/reviews/notice-issuers/{district}), not a release.
CREATE TABLE notice_issuer (
    district   varchar(16)  PRIMARY KEY,
    place      varchar(50)  NOT NULL,   -- as the title names the place: 大连市甘井子区, 大连金普新区
    bureau     varchar(100) NOT NULL,   -- the signatory: 大连市甘井子区人力资源和社会保障局
    updated_by varchar(100) NOT NULL,
    updated_at timestamptz  NOT NULL
);

INSERT INTO notice_issuer (district, place, bureau, updated_by, updated_at) VALUES
    ('210202', '大连市中山区',         '大连市中山区人力资源和社会保障局',         'release', now()),
    ('210203', '大连市西岗区',         '大连市西岗区人力资源和社会保障局',         'release', now()),
    ('210204', '大连市沙河口区',       '大连市沙河口区人力资源和社会保障局',       'release', now()),
    ('210211', '大连市甘井子区',       '大连市甘井子区人力资源和社会保障局',       'release', now()),
    ('210212', '大连市旅顺口区',       '大连市旅顺口区人力资源和社会保障局',       'release', now()),
    ('210213', '大连市金州区',         '大连市金州区人力资源和社会保障局',         'release', now()),
    ('210214', '大连市普兰店区',       '大连市普兰店区人力资源和社会保障局',       'release', now()),
    ('210224', '长海县',               '长海县人力资源和社会保障局',               'release', now()),
    ('210281', '瓦房店市',             '瓦房店市人力资源和社会保障局',             'release', now()),
    ('210283', '庄河市',               '庄河市人力资源和社会保障局',               'release', now()),
    ('DLXD01', '大连金普新区',         '大连金普新区人力资源和社会保障局',         'release', now()),
    ('DLXD02', '大连高新技术产业园区', '大连高新技术产业园区人力资源和社会保障局', 'release', now()),
    ('DLXD03', '大连长兴岛经济区',     '大连长兴岛经济区人力资源和社会保障局',     'release', now()),
    ('DLXD04', '大连花园口经济区',     '大连花园口经济区人力资源和社会保障局',     'release', now());

-- 异议: what a member of the public sends against a listed brand during its notice. The person's name and contact are
-- personal data, stored encrypted (PersonalDataCipher); the query code only as a digest.
CREATE TABLE objection (
    id               uuid          PRIMARY KEY,
    receipt_number   varchar(20)   NOT NULL UNIQUE,
    query_code_hash  varchar(64)   NOT NULL,
    notice_id        uuid          NOT NULL REFERENCES public_notice (id),
    entry_id         uuid          NOT NULL REFERENCES notice_entry (id),
    case_id          uuid          NOT NULL REFERENCES review_case (id),
    district         varchar(16)   NOT NULL,
    brand_name       varchar(100)  NOT NULL,
    unit_name        varchar(200)  NOT NULL,
    objector_name    varchar(500)  NOT NULL,   -- encrypted
    objector_contact varchar(500)  NOT NULL,   -- encrypted
    contact_kind     varchar(8)    NOT NULL CHECK (contact_kind IN ('MOBILE', 'EMAIL')),
    content          varchar(2000) NOT NULL,
    content_digest   varchar(64)   NOT NULL,   -- SHA-256 of the content, white space left out
    status           varchar(16)   NOT NULL CHECK (status IN ('RECEIVED', 'INVESTIGATING', 'RESOLVED')),
    outcome          varchar(32)   CHECK (outcome IN ('UPHELD_REJECTED', 'UPHELD_LEVEL_WITHDRAWN', 'DISMISSED')),
    finding          varchar(2000),
    lodged_at        timestamptz   NOT NULL,
    resolved_by      varchar(100),
    resolved_at      timestamptz,
    version          integer       NOT NULL,
    -- the same text twice against the same brand is one objection
    UNIQUE (entry_id, content_digest),
    CHECK ((status = 'RESOLVED') = (outcome IS NOT NULL AND finding IS NOT NULL AND resolved_at IS NOT NULL))
);

-- a district's objections, oldest first; whether a case has one still open
CREATE INDEX objection_district_idx ON objection (district, lodged_at, id);
CREATE INDEX objection_case_idx ON objection (case_id, status);

-- what the district found out while investigating, note by note
CREATE TABLE objection_note (
    id           bigserial     PRIMARY KEY,
    objection_id uuid          NOT NULL REFERENCES objection (id),
    note         varchar(2000) NOT NULL,
    author       varchar(100)  NOT NULL,
    at           timestamptz   NOT NULL
);
CREATE INDEX objection_note_objection_idx ON objection_note (objection_id, id);
