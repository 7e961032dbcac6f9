/**
 * Payment: each approved batch line paid through the treasury's payment system (docs/payment-system-api.md). Owns the
 * {@code payment} table; queued by the batch module on approval, sent by a scheduled sender with the reference as the
 * idempotency key, its result taken by the signed callback or by polling; a final result moves the entitlement (through
 * the entitlement module's service) and the budget (reserved to paid, or released) and publishes {@code SubsidyDisbursed}
 * or {@code SubsidyPaymentFailed}, all in one transaction.
 */
@ApplicationModule(displayName = "支付 payment")
package cn.dalian.laborbrand.subsidy.payment;

import org.springframework.modulith.ApplicationModule;
