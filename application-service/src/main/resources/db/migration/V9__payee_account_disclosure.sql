-- Every full read of a unit's bank account by finance staff (subsidy-service preparing a payment batch on the clerk's behalf):
-- who, in which role, when. The account number is personal-grade data; the unit's own profile answers it masked.
CREATE TABLE payee_account_disclosure (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id       varchar(18)  NOT NULL,
    disclosed_to varchar(100) NOT NULL,
    role         varchar(32)  NOT NULL,
    disclosed_at timestamptz  NOT NULL
);

CREATE INDEX payee_account_disclosure_by_org ON payee_account_disclosure (org_id, disclosed_at);
