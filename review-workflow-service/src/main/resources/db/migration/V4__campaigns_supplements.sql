-- The campaigns as application-service publishes them (CampaignPublished): this service keeps the notice
-- length and the deadlines it works to, never values of its own.
CREATE TABLE campaign (
    code                 varchar(16)  PRIMARY KEY,
    title                varchar(100) NOT NULL,
    application_deadline date         NOT NULL,
    forwarding_deadline  date         NOT NULL,
    notice_working_days  integer      NOT NULL,
    version              integer      NOT NULL
);

-- the city-level name a unit proposes when it asks for both levels; the brand is certified under it at CITY
ALTER TABLE review_case ADD COLUMN city_brand_name varchar(100);
