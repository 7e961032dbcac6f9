-- The application as the unit handed it in (ApplicationSubmitted, replaced by each resubmission): what Attachment 1
-- in the city submission package is rendered from, without asking application-service.
ALTER TABLE review_case ADD COLUMN application jsonb;
