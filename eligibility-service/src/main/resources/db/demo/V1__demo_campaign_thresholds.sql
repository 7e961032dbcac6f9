-- The demo campaign 2026 (application-service's demo data: open whatever the date, 「沿用2022年度标准」) judged by
-- the 2022 thresholds. They are copied from the 2022 campaign, not written again: a correction of the 2022
-- figures is one change. Its title and years come from CampaignPublished, as every campaign's do.
INSERT INTO campaign (code, criteria_version) VALUES ('2026', 1)
ON CONFLICT (code) DO NOTHING;   -- its CampaignPublished may have been received before the demo data was turned on

INSERT INTO criterion_threshold (campaign, criterion, level, comparison, threshold)
SELECT '2026', criterion, level, comparison, threshold
FROM criterion_threshold
WHERE campaign = '2022';
