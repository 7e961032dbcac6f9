-- keyset paging of the assessments a person may read, newest first, the application id keeping the order stable
DROP INDEX assessment_district_idx;
CREATE INDEX assessment_district_idx ON assessment (district, assessed_at DESC, application_id DESC);
CREATE INDEX assessment_org_idx ON assessment (org_id, assessed_at DESC, application_id DESC);
CREATE INDEX assessment_recent_idx ON assessment (assessed_at DESC, application_id DESC);
