-- Campaigns (申报批次) are application-service's data now: it is the one place their title, notice, declared years,
-- window and deadlines are written, and it publishes each version as CampaignPublished. Kept here too, they would
-- be a second copy to drift from the first; so this table stops holding campaign facts of its own.
--
-- What stays is what this service owns: the campaign code, to which its thresholds (criterion_threshold) and the
-- version of its criteria belong. Beside it, what the assessment reads of the campaign (its title and the years
-- Attachment 1 asks figures for) is filled only from CampaignPublished, with the version it came with, so that a
-- late, older event changes nothing. Until the first CampaignPublished arrives these columns are empty, and an
-- application of that campaign is not assessed (it is retried, then dead-lettered) rather than assessed against
-- years nobody told this service.

-- the check first: it ties the two declared-year columns dropped below
ALTER TABLE campaign DROP CONSTRAINT campaign_check;

ALTER TABLE campaign
    DROP COLUMN title,
    DROP COLUMN notice_reference,
    DROP COLUMN first_declared_year,
    DROP COLUMN last_declared_year,
    DROP COLUMN application_deadline,
    DROP COLUMN forwarding_deadline;

ALTER TABLE campaign
    ADD COLUMN title             varchar(100),   -- as CampaignPublished last said
    ADD COLUMN declared_years    integer[],      -- as CampaignPublished last said, ascending
    ADD COLUMN published_version integer;        -- the version of that CampaignPublished; none before the first

-- After a district's supplement request the unit resubmits (ApplicationResubmitted, round 1, 2 …) and the
-- application is assessed again. The stored assessment says which round it is of, so that only a later round
-- replaces it and a redelivered or older one changes nothing. 0 is the submission itself.
ALTER TABLE assessment ADD COLUMN round integer NOT NULL DEFAULT 0;
