-- The industry guidance catalogue (分行业劳务品牌建设指导目录) the city maintains: code = 门类-大类-序号 (GB/T 4754-2017).
CREATE TABLE catalogue_entry (
    code              varchar(8)    PRIMARY KEY,
    name              varchar(50)   NOT NULL,
    industry_section  char(1)       NOT NULL,
    industry_division char(2)       NOT NULL,
    guidance          varchar(2000) NOT NULL,
    active            boolean       NOT NULL,
    updated_by        varchar(100)  NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           integer       NOT NULL,
    CHECK (code = industry_section || '-' || industry_division || '-' || right(code, 2))
);

INSERT INTO catalogue_entry (code, name, industry_section, industry_division, guidance, active, updated_by, updated_at, version) VALUES
('A-04-01', '海水养殖', 'A', '04', '依托长海县、庄河市等海岛和沿海养殖区，培育海参、扇贝、海胆等海水养殖技术工人，推广标准化养殖和病害防治培训。', true, 'system', now(), 0),
('C-13-01', '海产品加工', 'C', '13', '面向水产品精深加工企业，开展海产品分拣、冷冻、即食加工和食品安全培训，推动加工务工人员持证上岗。', true, 'system', now(), 0),
('C-37-01', '船舶焊接', 'C', '37', '服务大连船舶和海洋工程装备制造，培养持有焊工证书的船舶焊接、切割和装配技能人才，校企合作订单式培养。', true, 'system', now(), 0),
('F-52-01', '电子商务直播', 'F', '52', '结合大连海产品、水果等特色产品，培育直播销售员、电商运营人员，开展互联网营销师职业技能培训和评价。', true, 'system', now(), 0),
('H-62-01', '餐饮烹饪', 'H', '62', '以大连海鲜菜品为特色，培养中式烹调师、中式面点师和餐厅服务员，鼓励技能大赛和名厨带徒。', true, 'system', now(), 0),
('O-80-01', '家政服务', 'O', '80', '发展母婴护理、养老照护、居家保洁等家政服务，推行家政服务员持证上岗和“员工制”管理，建立服务质量评价。', true, 'system', now(), 0),
('O-81-01', '汽车维修', 'O', '81', '面向汽车维修与新能源汽车售后服务，培养汽车维修工、汽车电器维修和钣金喷漆技能人员。', true, 'system', now(), 0),
('Q-85-01', '养老护理', 'Q', '85', '面向养老机构和社区居家养老服务，培养养老护理员、失智老人照护人员，落实养老护理员职业技能等级认定。', true, 'system', now(), 0);

-- What the resource library needs of each application, from ApplicationSubmitted / ApplicationResubmitted (the newest
-- round wins): the unit and its brand description, and per declared year the declared counts and the roster's counts.
CREATE TABLE application_facts (
    application_id uuid          PRIMARY KEY,
    org_id         varchar(18)   NOT NULL,
    unit_type      varchar(32)   NOT NULL,
    description    varchar(2000),
    round          integer       NOT NULL
);

CREATE TABLE application_year (
    application_id    uuid    NOT NULL REFERENCES application_facts (application_id) ON DELETE CASCADE,
    year              integer NOT NULL,
    declared_trained  integer,
    declared_employed integer,
    roster_listed     integer,
    roster_trained    integer,
    roster_employed   integer,
    PRIMARY KEY (application_id, year)
);

-- Each brand's entry in the resource library (劳务品牌资源库) as it now stands; figures_year is the year its figures
-- describe (the application's latest year at registration, then the newest accepted yearly report).
CREATE TABLE resource_entry (
    brand_id                 uuid          PRIMARY KEY REFERENCES brand (id) ON DELETE CASCADE,
    application_id           uuid          NOT NULL,
    industry_section         char(1),
    industry_division        char(2),
    sector                   varchar(50),
    catalogue_entry          varchar(8)    REFERENCES catalogue_entry (code),
    employment_scale         integer,
    market_share_percent     numeric(5, 2),
    economic_benefit         numeric(14, 2),
    training_capacity        integer,
    regions_served           text[]        NOT NULL,
    figures_year             integer,
    filled_from_application  boolean       NOT NULL,
    updated_by               varchar(100)  NOT NULL,
    updated_at               timestamptz   NOT NULL,
    version                  integer       NOT NULL
);

CREATE INDEX resource_entry_application_idx ON resource_entry (application_id);

-- The yearly reports (年度报告): one row per brand and year, the history of the entry. A returned report is resubmitted
-- in the same row (round + 1). The brand's names and scope are copied at submission for the district's worklist.
CREATE TABLE yearly_report (
    brand_id             uuid          NOT NULL REFERENCES brand (id) ON DELETE CASCADE,
    year                 integer       NOT NULL,
    status               varchar(16)   NOT NULL,
    round                integer       NOT NULL,
    certificate_number   varchar(32)   NOT NULL,
    brand_name           varchar(100)  NOT NULL,
    unit_name            varchar(200)  NOT NULL,
    org_id               varchar(18)   NOT NULL,
    district             varchar(16)   NOT NULL,
    employment_scale     integer       NOT NULL,
    market_share_percent numeric(5, 2) NOT NULL,
    economic_benefit     numeric(14, 2) NOT NULL,
    training_capacity    integer       NOT NULL,
    regions_served       text[]        NOT NULL,
    narrative            varchar(2000) NOT NULL,
    roster_listed        integer,
    roster_trained       integer,
    roster_employed      integer,
    submitted_by         varchar(100)  NOT NULL,
    submitted_at         timestamptz   NOT NULL,
    reviewed_by          varchar(100),
    reviewed_at          timestamptz,
    review_note          varchar(500),
    PRIMARY KEY (brand_id, year)
);

CREATE INDEX yearly_report_worklist_idx ON yearly_report (status, district, submitted_at, brand_id, year);

-- brands registered before the library existed get an empty entry, to be classified and reported on
INSERT INTO resource_entry (brand_id, application_id, regions_served, filled_from_application, updated_by, updated_at, version)
SELECT id, application_id, '{}', false, 'system', registered_at, 0 FROM brand;
