-- A campaign whose window is open whatever the date, so that the embedded run and the tests can apply on
-- any day. It keeps the 2022 campaign's years and notice length; eligibility-service and subsidy-service
-- give it the 2022 thresholds and amounts in their own demo data.
INSERT INTO campaign (code, title, notice_reference, declared_years, opens_on, application_deadline, forwarding_deadline,
                      notice_working_days)
VALUES ('2026', '劳务品牌申报认定（演示批次，沿用2022年度标准）', '演示数据，非正式文件', '{2021,2022}',
        CURRENT_DATE - 30, CURRENT_DATE + 730, CURRENT_DATE + 740, 5);
