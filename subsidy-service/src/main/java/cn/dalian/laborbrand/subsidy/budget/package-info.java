/**
 * Budget: the employment subsidy fund's allocation (就业补助资金) per year and what is reserved and paid against it.
 * Owns the {@code budget} table; other modules reserve through {@link cn.dalian.laborbrand.subsidy.budget.BudgetService}.
 */
@ApplicationModule(displayName = "补助资金预算 budget")
package cn.dalian.laborbrand.subsidy.budget;

import org.springframework.modulith.ApplicationModule;
