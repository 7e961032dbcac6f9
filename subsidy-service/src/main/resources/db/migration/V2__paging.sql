-- keyset paging of the finance desk's list: oldest first, the id keeping the order stable
DROP INDEX entitlement_status_idx;
CREATE INDEX entitlement_status_idx ON entitlement (status, created_at, id);
CREATE INDEX entitlement_created_idx ON entitlement (created_at, id);
