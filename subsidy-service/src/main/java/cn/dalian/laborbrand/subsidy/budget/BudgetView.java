package cn.dalian.laborbrand.subsidy.budget;

import java.time.Instant;

/** A year's budget as finance staff see it: amounts in fen for programs and as text for people. */
public record BudgetView(int year, long allocationFen, String allocationText, long reservedFen, String reservedText, long paidFen,
        String paidText, long remainingFen, String remainingText, String reference, String note, String setBy, Instant setAt) {
}
