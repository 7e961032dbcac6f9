-- The business key of an entitlement is the application and the certification level, as the registry's brand is unique per
-- (application_id, level): a certification re-sent under a new brand id (a replayed or forged BrandCertified with a new event
-- id) must not create a second payable entitlement. Entitlements are created only from certifications, one brand per
-- application and level, so existing rows (and the demo data, which holds amounts only) cannot violate it; a database that
-- did hold such a pair would stop here, loudly, for the finance office to look at before any payout.
ALTER TABLE entitlement ADD CONSTRAINT entitlement_once_per_application_and_certification UNIQUE (application_id, certification_level);
