package cn.dalian.laborbrand.subsidy.budget;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface BudgetMapper {

    @Mapping(target = "allocationFen", source = "allocation.fen")
    @Mapping(target = "allocationText", expression = "java(budget.allocation().display())")
    @Mapping(target = "reservedFen", source = "reserved.fen")
    @Mapping(target = "reservedText", expression = "java(budget.reserved().display())")
    @Mapping(target = "paidFen", source = "paid.fen")
    @Mapping(target = "paidText", expression = "java(budget.paid().display())")
    @Mapping(target = "remainingFen", expression = "java(budget.remaining().fen())")
    @Mapping(target = "remainingText", expression = "java(budget.remaining().display())")
    BudgetView toView(Budget budget);

    List<BudgetView> toViews(List<Budget> budgets);
}
