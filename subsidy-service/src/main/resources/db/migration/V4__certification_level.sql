-- Entitlements are per certification (contracts' CertificationLevel): the city's or, since the province's decisions are
-- recorded in the registry, the province's. A brand certified at both holds one entitlement of each; never two of one.
ALTER TABLE entitlement RENAME COLUMN level TO certification_level;
ALTER TABLE entitlement RENAME CONSTRAINT entitlement_once_per_brand_and_level TO entitlement_once_per_brand_and_certification;
ALTER TABLE entitlement ADD CONSTRAINT entitlement_certification_level CHECK (certification_level IN ('DISTRICT', 'CITY', 'PROVINCIAL'));
ALTER TABLE subsidy_amount ADD CONSTRAINT subsidy_amount_level CHECK (level IN ('DISTRICT', 'CITY', 'PROVINCIAL'));

-- A campaign's rule beside its amounts. provincial_adds_to_city: whether a brand certified by the city and then by the
-- province receives both one-time subsidies (the notice: they are subsidies of different levels, so yes) or only the
-- first of the two. A campaign without a row follows the notice.
CREATE TABLE subsidy_rule (
    campaign                varchar(16) PRIMARY KEY,
    provincial_adds_to_city boolean     NOT NULL DEFAULT true
);

INSERT INTO subsidy_rule (campaign) VALUES ('2022');
