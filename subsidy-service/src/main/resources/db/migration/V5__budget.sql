-- The employment subsidy fund's allocation (就业补助资金) per year, entered by a finance approver. Every approved batch
-- reserves against it, a payment moves its amount from reserved to paid; the balance is always allocation − reserved − paid.
CREATE TABLE budget (
    year           integer      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    allocation_fen bigint       NOT NULL CHECK (allocation_fen >= 0),   -- money in fen, never floating point
    reserved_fen   bigint       NOT NULL DEFAULT 0 CHECK (reserved_fen >= 0),
    paid_fen       bigint       NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
    reference      varchar(100) NOT NULL,                               -- 文号 of the allocation
    note           varchar(500),
    set_by         varchar(100) NOT NULL,
    set_at         timestamptz  NOT NULL,
    -- the last word against overspending, whatever the code above it does (BudgetRepository reserves conditionally)
    CONSTRAINT budget_never_overspent CHECK (reserved_fen + paid_fen <= allocation_fen)
);
