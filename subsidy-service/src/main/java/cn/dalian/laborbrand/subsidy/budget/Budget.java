package cn.dalian.laborbrand.subsidy.budget;

import java.time.Instant;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * One year's employment subsidy fund (就业补助资金): the allocation, what approved batches have reserved and what has been
 * paid. The balance is always allocation − reserved − paid and never below zero.
 */
public record Budget(int year, Money allocation, Money reserved, Money paid, String reference, String note, String setBy, Instant setAt) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    public Budget {
        requireYear(year);
        if (reserved.fen() + paid.fen() > allocation.fen()) {
            throw new IllegalArgumentException("reserved and paid exceed the allocation of " + year);
        }
    }

    /** A year's first allocation: nothing reserved or paid yet. */
    public static Budget allocate(int year, Money allocation, String reference, String note, String by, Instant at) {
        return new Budget(year, allocation, new Money(0), new Money(0), reference, note, by, at);
    }

    public Money remaining() {
        return new Money(allocation.fen() - reserved.fen() - paid.fen());
    }

    /** The allocation changed (raised, or lowered no further than what is reserved and paid). */
    public Budget reallocate(Money newAllocation, String newReference, String newNote, String by, Instant at) {
        if (reserved.fen() + paid.fen() > newAllocation.fen()) {
            throw withFigures(new PlatformException(BudgetProblem.ALLOCATION_BELOW_COMMITTED,
                    "调整后的预算额度 %s 低于已预留 %s 与已拨付 %s 之和，不能调减到该额度。"
                            .formatted(newAllocation.display(), reserved.display(), paid.display())));
        }
        return new Budget(year, newAllocation, reserved, paid, newReference, newNote, by, at);
    }

    /** The amount set aside for an approved batch; refused beyond the remaining balance. */
    public Budget reserve(Money amount) {
        if (amount.fen() > remaining().fen()) {
            throw exceededBy(amount);
        }
        return new Budget(year, allocation, new Money(reserved.fen() + amount.fen()), paid, reference, note, setBy, setAt);
    }

    /** The refusal of a reservation beyond the balance, with the figures a program reads. */
    PlatformException exceededBy(Money amount) {
        return withFigures(new PlatformException(BudgetProblem.BUDGET_EXCEEDED,
                "本次金额 %s 超出 %d 年度就业补助资金预算的可用余额 %s。".formatted(amount.display(), year, remaining().display())));
    }

    private PlatformException withFigures(PlatformException problem) {
        return problem.with("year", year)
                .with("allocationFen", allocation.fen())
                .with("reservedFen", reserved.fen())
                .with("paidFen", paid.fen())
                .with("remainingFen", remaining().fen());
    }

    static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new PlatformException(BudgetProblem.YEAR_OUT_OF_RANGE);
        }
    }
}
