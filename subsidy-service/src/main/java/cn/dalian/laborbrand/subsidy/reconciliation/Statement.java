package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.LocalDate;
import java.util.List;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** The bank's statement of one day (Beijing time): every payment that succeeded that day, possibly none. */
public record Statement(LocalDate date, List<StatementLine> lines) {

    public Statement {
        lines = List.copyOf(lines);
    }

    public Money total() {
        return new Money(lines.stream().mapToLong(line -> line.amount().fen()).sum());
    }
}
