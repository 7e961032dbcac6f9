-- The one-time subsidies (一次性奖补) paid to a brand's unit, as subsidy-service reports them (SubsidyDisbursed): one row
-- per brand and certification level, so that a redelivery or a second payment event of the same level changes nothing.
-- No foreign key to brand: the payment is another producer's event and may be heard of before the registry has
-- registered the brand; the row is kept and shows on the brand once it is there.
CREATE TABLE paid_subsidy (
    brand_id            uuid        NOT NULL,
    certification_level varchar(16) NOT NULL CHECK (certification_level IN ('CITY', 'PROVINCIAL')),
    amount_fen          bigint      NOT NULL CHECK (amount_fen > 0),
    paid_at             timestamptz NOT NULL,
    payment_reference   varchar(64) NOT NULL,
    bank_transaction_id varchar(64),
    entitlement_id      uuid        NOT NULL,
    recorded_at         timestamptz NOT NULL,
    PRIMARY KEY (brand_id, certification_level)
);
