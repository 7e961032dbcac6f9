package cn.dalian.laborbrand.subsidy.budget;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The yearly budgets: set by a finance approver, reserved against by approved batches, paid from (or released) as payments end. */
@Service
public class BudgetService {

    private final BudgetRepository budgets;
    private final Clock clock;

    BudgetService(BudgetRepository budgets, Clock clock) {
        this.budgets = budgets;
        this.clock = clock;
    }

    /** Sets the year's allocation; lowering it below what is reserved and paid is refused with the figures. */
    @Transactional
    Budget allocate(int year, Money allocation, String reference, String note, String by) {
        Budget.requireYear(year);
        Budget created = Budget.allocate(year, allocation, reference, note, by, clock.instant());
        if (budgets.insertOnce(created)) {
            return created;
        }
        Budget changed = budgets.lock(year).orElseThrow().reallocate(allocation, reference, note, by, clock.instant());
        budgets.updateAllocation(changed);
        return changed;
    }

    @Transactional(readOnly = true)
    Budget get(int year) {
        Budget.requireYear(year);
        return budgets.find(year).orElseThrow(() -> PlatformException.notFound("%d 年度尚未录入就业补助资金预算。".formatted(year)));
    }

    @Transactional(readOnly = true)
    List<Budget> list() {
        return budgets.findAll();
    }

    /**
     * Reserves the amount against the year's budget, within the caller's transaction (an approval reserves and is recorded
     * together, or neither).
     *
     * @throws PlatformException {@code BUDGET_NOT_SET} without a budget for the year, {@code BUDGET_EXCEEDED} (with
     *                           {@code remainingFen}) when the balance is short
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(int year, Money amount) {
        if (budgets.reserve(year, amount)) {
            return;
        }
        Budget budget = budgets.find(year).orElseThrow(() -> new PlatformException(BudgetProblem.BUDGET_NOT_SET,
                "%d 年度尚未录入就业补助资金预算，请先由财务审批人员录入。".formatted(year)).with("year", year));
        throw budget.exceededBy(amount);
    }

    /**
     * A payment of the year's reserved money reached the payee: the amount moves from reserved to paid (the balance is
     * unchanged), in the caller's transaction.
     *
     * @throws IllegalStateException when less than the amount is reserved: only a reserved amount is ever paid, so a bug
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settle(int year, Money amount) {
        if (!budgets.settle(year, amount)) {
            throw new IllegalStateException("%s paid from %d, which has less than that reserved".formatted(amount.display(), year));
        }
    }

    /**
     * A payment of the year's reserved money failed for good: the amount goes back to the balance, in the caller's
     * transaction.
     *
     * @throws IllegalStateException when less than the amount is reserved (a bug, as above)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(int year, Money amount) {
        if (!budgets.release(year, amount)) {
            throw new IllegalStateException("%s released from %d, which has less than that reserved".formatted(amount.display(), year));
        }
    }
}
