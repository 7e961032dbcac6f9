-- The demo campaign 2026 (application-service's demo data: open whatever the date, 「沿用2022年度标准」) pays the
-- 2022 amounts. They are copied from the 2022 campaign, not written again: a change of the 2022 amounts is one change.
INSERT INTO subsidy_amount (campaign, level, amount_fen)
SELECT '2026', level, amount_fen
FROM subsidy_amount
WHERE campaign = '2022';
