/**
 * Payee: the client to application-service for a unit's bank account (its organisation profile's), read with the finance
 * clerk's own token relayed; the adapter of the batch module's {@code PayeeAccounts} port.
 */
@ApplicationModule(displayName = "收款账户 payee")
package cn.dalian.laborbrand.subsidy.payee;

import org.springframework.modulith.ApplicationModule;
