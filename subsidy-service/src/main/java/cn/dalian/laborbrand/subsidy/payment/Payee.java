package cn.dalian.laborbrand.subsidy.payment;

/** Whom a payment goes to: the unit's account as the batch line holds it (the number in full; stored encrypted). */
public record Payee(String accountName, String bankName, String number) {
}
