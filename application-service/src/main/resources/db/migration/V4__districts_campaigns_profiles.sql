-- Where units may be registered: Dalian's districts, counties and cities (GB/T 2260) and the pilot zones
-- (先导区), which are city agencies without an official code and carry a platform code of their own.
-- Administrator data: an operator changes names and whether a place accepts applications.
CREATE TABLE district (
    code                   varchar(16)  PRIMARY KEY,
    name                   varchar(50)  NOT NULL UNIQUE,
    short_name             varchar(20)  NOT NULL,   -- the form a brand name uses: 甘井子, 金普新区
    kind                   varchar(16)  NOT NULL,   -- COUNTY (区市县) or PILOT_ZONE (先导区)
    accepting_applications boolean      NOT NULL,
    sort_order             integer      NOT NULL,
    version                integer      NOT NULL DEFAULT 0,
    updated_by             varchar(100),
    updated_at             timestamptz
);

INSERT INTO district (code, name, short_name, kind, accepting_applications, sort_order) VALUES
    ('210202', '中山区',         '中山',     'COUNTY',     true, 10),
    ('210203', '西岗区',         '西岗',     'COUNTY',     true, 20),
    ('210204', '沙河口区',       '沙河口',   'COUNTY',     true, 30),
    ('210211', '甘井子区',       '甘井子',   'COUNTY',     true, 40),
    ('210212', '旅顺口区',       '旅顺口',   'COUNTY',     true, 50),
    ('210213', '金州区',         '金州',     'COUNTY',     true, 60),
    ('210214', '普兰店区',       '普兰店',   'COUNTY',     true, 70),
    ('210224', '长海县',         '长海',     'COUNTY',     true, 80),
    ('210281', '瓦房店市',       '瓦房店',   'COUNTY',     true, 90),
    ('210283', '庄河市',         '庄河',     'COUNTY',     true, 100),
    ('DLXD01', '金普新区',       '金普新区', 'PILOT_ZONE', true, 110),
    ('DLXD02', '高新技术产业园区', '高新区',   'PILOT_ZONE', true, 120),
    ('DLXD03', '长兴岛经济区',   '长兴岛',   'PILOT_ZONE', true, 130),
    ('DLXD04', '花园口经济区',   '花园口',   'PILOT_ZONE', true, 140);

-- A campaign (申报批次): the one source of its declared years, window and notice length. Other services
-- learn it from CampaignPublished; published_version says which version they have been sent.
CREATE TABLE campaign (
    code                 varchar(16)  PRIMARY KEY,
    title                varchar(100) NOT NULL,
    notice_reference     varchar(100) NOT NULL,
    declared_years       integer[]    NOT NULL,
    opens_on             date         NOT NULL,
    application_deadline date         NOT NULL,   -- units submit to their district by this day
    forwarding_deadline  date         NOT NULL,   -- districts forward to the city by this day
    notice_working_days  integer      NOT NULL CHECK (notice_working_days BETWEEN 1 AND 30),
    version              integer      NOT NULL DEFAULT 0,
    published_version    integer      NOT NULL DEFAULT -1,
    CHECK (opens_on <= application_deadline AND application_deadline <= forwarding_deadline),
    CHECK (cardinality(declared_years) >= 1)
);

-- 大就办发〔2022〕9号《关于开展2022年度劳务品牌申报认定工作的通知》(issued 2022-11-10)
INSERT INTO campaign (code, title, notice_reference, declared_years, opens_on, application_deadline, forwarding_deadline,
                      notice_working_days)
VALUES ('2022', '2022年度劳务品牌申报认定', '大就办发〔2022〕9号', '{2021,2022}', DATE '2022-11-10', DATE '2022-11-22',
        DATE '2022-12-02', 5);

-- An applicant unit's profile, kept by the unit. Personal data (the mobile, the bank account number) is
-- stored encrypted; answers show it masked.
CREATE TABLE organisation_profile (
    org_id              varchar(18)  PRIMARY KEY,   -- the Unified Social Credit Code, the token's orgId
    legal_name          varchar(200) NOT NULL,
    unit_type           varchar(32)  NOT NULL,
    district            varchar(16)  NOT NULL REFERENCES district (code),
    address             varchar(200) NOT NULL,
    person_in_charge    varchar(50)  NOT NULL,
    office_phone        varchar(30)  NOT NULL,
    mobile_encrypted    text         NOT NULL,
    email               varchar(100) NOT NULL,
    bank_account_name   varchar(200) NOT NULL,
    bank_name           varchar(100) NOT NULL,
    bank_account_encrypted text      NOT NULL,
    updated_by          varchar(100) NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             integer      NOT NULL
);

-- What the unit declared (承诺), by whom and when; declaring again keeps the first record.
CREATE TABLE organisation_declaration (
    org_id      varchar(18)  NOT NULL REFERENCES organisation_profile (org_id),
    kind        varchar(40)  NOT NULL,
    declared_by varchar(100) NOT NULL,
    declared_at timestamptz  NOT NULL,
    PRIMARY KEY (org_id, kind)
);

-- The whole Attachment 1: the city-level name when both levels are asked, the brand description, the
-- unit's particulars as its profile held them; the supplement round and the parts it reopened.
ALTER TABLE application
    ADD COLUMN city_brand_name     varchar(100),
    ADD COLUMN description         text,
    ADD COLUMN address             varchar(200),
    ADD COLUMN person_in_charge    varchar(50),
    ADD COLUMN office_phone        varchar(30),
    ADD COLUMN reopened_parts      varchar(120),   -- comma-separated ApplicationPart names while a supplement is asked
    ADD COLUMN supplement_note     text,
    ADD COLUMN supplement_due_on   date,
    ADD COLUMN resubmission_round  integer NOT NULL DEFAULT 0,
    ADD COLUMN withdrawn_reason    varchar(500),
    ADD COLUMN closed_at           timestamptz;

-- a draft takes the unit's particulars from its profile when it is handed in, not before
ALTER TABLE application ALTER COLUMN unit_type DROP NOT NULL;
-- SUPPLEMENT_REQUESTED is longer than the first statuses
ALTER TABLE application ALTER COLUMN status TYPE varchar(24);
