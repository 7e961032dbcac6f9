package cn.dalian.laborbrand.subsidy.batch;

/** A unit's bank account as its organisation profile holds it: the account name (the unit's legal name), bank, full number. */
public record PayeeAccount(String accountName, String bankName, String number) {
}
