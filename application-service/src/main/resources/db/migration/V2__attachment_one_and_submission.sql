-- Attachment 1 (大连市劳务品牌申报认定表): the unit's name, its labour practices, the figures of every
-- declared year; and when and by whom the application was submitted.
ALTER TABLE application
    ADD COLUMN unit_name                      varchar(200),
    ADD COLUMN contract_signing_rate_percent  numeric(5, 2),
    ADD COLUMN employment_filing_rate_percent numeric(5, 2),
    ADD COLUMN collective_contract_in_force   boolean,
    ADD COLUMN labour_relations_coordinators  integer,
    ADD COLUMN mass_labour_dispute_occurred   boolean,
    ADD COLUMN submitted_by                   varchar(100),
    ADD COLUMN submitted_at                   timestamptz;

UPDATE application SET unit_name = '' WHERE unit_name IS NULL;
ALTER TABLE application ALTER COLUMN unit_name SET NOT NULL;

CREATE TABLE declared_year (
    application_id                  uuid          NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    year                            integer       NOT NULL,
    trained_count                   integer       NOT NULL CHECK (trained_count >= 0),
    training_pass_rate_percent      numeric(5, 2) NOT NULL CHECK (training_pass_rate_percent BETWEEN 0 AND 100),
    employed_count                  integer       NOT NULL CHECK (employed_count >= 0),
    specially_trained_share_percent numeric(5, 2) NOT NULL CHECK (specially_trained_share_percent BETWEEN 0 AND 100),
    lost_dispute_cases              integer       NOT NULL CHECK (lost_dispute_cases >= 0),
    unfinished_rectifications       integer       NOT NULL CHECK (unfinished_rectifications >= 0),
    PRIMARY KEY (application_id, year)
);
