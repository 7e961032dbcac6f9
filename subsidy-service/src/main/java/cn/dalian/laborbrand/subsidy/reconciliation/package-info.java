/**
 * Reconciliation (对账): the bank's daily statement (对账单, the payment system's CSV) imported and matched, line by line,
 * against the platform's payments; what does not match (amount differs, unknown to the platform, not confirmed by it,
 * another bank transaction, or confirmed by the platform but absent from the statement) is listed for finance. A day has
 * one current import: another file of the day (a corrected statement) replaces it, the earlier one kept as history. Owns {@code statement_import} and {@code statement_entry}; reads payments through its own port
 * {@link cn.dalian.laborbrand.subsidy.reconciliation.PaymentLedger}, which the payment module implements.
 */
@ApplicationModule(displayName = "对账 reconciliation")
package cn.dalian.laborbrand.subsidy.reconciliation;

import org.springframework.modulith.ApplicationModule;
