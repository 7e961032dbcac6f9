-- 实地查验: the district bureau's on-site inspection of a case before it decides, one record per case. The photos and
-- documents are in application-service's evidence storage (the application's inspection files); a record keeps their ids
-- and names. The inspectors are staff acting in office, named as the record is signed, not private persons.
CREATE TABLE inspection_record (
    case_id      uuid          PRIMARY KEY REFERENCES review_case (id),
    inspected_on date,                       -- null until given
    inspectors   jsonb         NOT NULL,     -- ["王立新", "刘佳"]
    items        jsonb         NOT NULL,     -- [{item: {key, source, code, label, toVerify}, finding, note}]; every item once concluded
    attachments  jsonb         NOT NULL,     -- [{fileId, name}]
    confirmed    boolean,                    -- 查验属实 / 查验不属实, with the conclusion
    conclusion   varchar(2000),
    concluded_by varchar(100),
    concluded_at timestamptz,
    saved_by     varchar(100)  NOT NULL,
    saved_at     timestamptz   NOT NULL,
    version      integer       NOT NULL,
    -- a conclusion is whole or absent
    CHECK ((confirmed IS NULL) = (conclusion IS NULL) AND (conclusion IS NULL) = (concluded_at IS NULL)
           AND (concluded_at IS NULL) = (concluded_by IS NULL))
);
