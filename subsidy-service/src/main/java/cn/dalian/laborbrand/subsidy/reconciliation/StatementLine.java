package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.LocalDate;
import java.time.LocalTime;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/**
 * One line of the bank's daily statement: a payment that left the fund's account (交易状态 成功), in Beijing time.
 *
 * @param lineNumber the line of the file it was read from (the header is line 1)
 * @param reference  业务参考号: the platform's reference, {@code <entitlement id>:<attempt>}, as the bank echoes it
 * @param summary    摘要, may be empty
 */
public record StatementLine(int lineNumber, LocalDate date, LocalTime time, String transactionId, String reference, String payeeAccountName,
        String payeeAccountNumber, String payeeBankName, Money amount, String summary) {
}
