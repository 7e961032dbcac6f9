package cn.dalian.laborbrand.application.organisation;

/**
 * The account the one-time subsidy is paid to; its name must be the unit's legal name.
 *
 * @param number personal-grade data: stored encrypted, answered masked
 */
public record BankAccount(String accountName, String bankName, String number) {
}
