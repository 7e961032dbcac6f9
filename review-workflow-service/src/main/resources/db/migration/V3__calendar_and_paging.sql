-- The official calendar as data: one row per year whose holiday arrangements are known. The shipped holiday-cn
-- files fill it on first start; operators load a newly published year without a release. A year with no row is
-- unknown, and counting working days into it is refused.
CREATE TABLE calendar_year (
    year      integer      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    papers    jsonb        NOT NULL,   -- the State Council documents the arrangements come from
    days      jsonb        NOT NULL,   -- [{name, date, offDay}]: holidays, and weekends made working days
    source    varchar(16)  NOT NULL,   -- SHIPPED or OPERATOR
    loaded_at timestamptz  NOT NULL,
    loaded_by varchar(100) NOT NULL
);

-- keyset paging: every list is ordered by keys that end in the id, and an index serves each order
DROP INDEX review_case_queue_idx;
CREATE INDEX review_case_district_queue_idx ON review_case (district, opened_at, id);
CREATE INDEX review_case_queue_idx ON review_case (opened_at, id);
CREATE INDEX public_notice_open_idx ON public_notice (starts_on, id);
