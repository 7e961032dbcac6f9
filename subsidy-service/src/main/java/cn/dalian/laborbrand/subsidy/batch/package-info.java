/**
 * Batch: payment batches under maker–checker. A finance clerk prepares a batch of waiting entitlements with each unit's
 * payee account; a finance approver who is not that clerk approves it (reserving its total against the year's budget) or
 * returns it with a reason. Owns {@code payment_batch}, {@code payment_batch_line}, {@code payment_batch_audit}; moves
 * entitlements through the entitlement module's service and reserves through the budget module's.
 */
@ApplicationModule(displayName = "支付批次 batch")
package cn.dalian.laborbrand.subsidy.batch;

import org.springframework.modulith.ApplicationModule;
