-- keyset paging of an applicant's own list: newest first, the id keeping the order stable
DROP INDEX application_org_idx;
CREATE INDEX application_org_idx ON application (org_id, created_at DESC, id DESC);
