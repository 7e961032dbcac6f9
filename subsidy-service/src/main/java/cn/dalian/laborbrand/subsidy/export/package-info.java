/**
 * Export: the documents finance staff print or hand on, as XLSX and Chinese PDFs: a payment batch's list
 * (大连市劳务品牌一次性奖补资金支付清单, with the total in figures and in capitals) and the year's disbursement statement
 * (年度奖补资金拨付明细表: every entitlement of the year's batches, where it stands, and once paid the day and the bank's
 * transaction). Owns no table; reads batches through the batch module's service and payments through reconciliation's
 * {@link cn.dalian.laborbrand.subsidy.reconciliation.PaymentLedger}.
 */
@ApplicationModule(displayName = "导出 export")
package cn.dalian.laborbrand.subsidy.export;

import org.springframework.modulith.ApplicationModule;
