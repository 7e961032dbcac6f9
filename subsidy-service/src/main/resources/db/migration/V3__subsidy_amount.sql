-- The one-time subsidy (一次性奖补, 政策支持) of each campaign and level, in fen. It was configuration
-- (laborbrand.subsidy.amounts-fen in application.yml), so a new campaign's amounts needed a release and could differ
-- between deployments; as data it is set with the campaign, kept with the entitlements it decides, and copied rather
-- than written again where a campaign takes over another's (db/demo). A level without a row gets no subsidy; a
-- campaign without any row is an error to fix, not a zero (SubsidyPolicy).
CREATE TABLE subsidy_amount (
    campaign   varchar(16) NOT NULL,
    level      varchar(16) NOT NULL,
    amount_fen bigint      NOT NULL CHECK (amount_fen > 0),   -- money in fen, never floating point
    PRIMARY KEY (campaign, level)
);

-- 大就办发〔2022〕9号: provincial ¥100,000, city ¥50,000; district-level brands get none, so DISTRICT has no row
INSERT INTO subsidy_amount (campaign, level, amount_fen) VALUES
    ('2022', 'PROVINCIAL', 10000000),
    ('2022', 'CITY',        5000000);
