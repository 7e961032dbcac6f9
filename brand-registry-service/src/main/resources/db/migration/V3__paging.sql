-- keyset paging: the public and scoped lists show the newest certificates first; the provincial feed follows the
-- order brands entered the registry
CREATE INDEX brand_newest_idx ON brand (certified_on DESC, certificate_number);
DROP INDEX brand_org_idx;
CREATE INDEX brand_org_idx ON brand (org_id, certified_on DESC, certificate_number);
DROP INDEX brand_district_idx;
CREATE INDEX brand_district_idx ON brand (district, certified_on DESC, certificate_number);
CREATE INDEX brand_feed_idx ON brand (registered_at, id);
