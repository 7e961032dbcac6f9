package cn.dalian.laborbrand.subsidy.reconciliation;

/** What a statement line, or a payment the statement lacks, came to; declared in the order finance works through them. */
public enum MatchStatus {
    /** 金额不符: the bank paid another amount than the platform sent. */
    AMOUNT_DIFFERS("金额不符"),
    /** 流水号不符: the platform knows the payment under another bank transaction (or an earlier line has it): perhaps paid twice. */
    TRANSACTION_DIFFERS("流水号不符"),
    /** 银行有、平台无: a reference the platform never sent. */
    NOT_IN_PLATFORM("银行有、平台无"),
    /** 平台已到账、对账单无: the platform saw it SUCCEEDED that day, the bank's statement does not list it. */
    MISSING_FROM_STATEMENT("平台已到账、对账单无"),
    /** 平台未确认到账: the platform sent it but has not (yet) seen it SUCCEEDED. */
    NOT_CONFIRMED_IN_PLATFORM("平台未确认到账"),
    MATCHED("已对平");

    private final String label;

    MatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isMismatch() {
        return this != MATCHED;
    }
}
