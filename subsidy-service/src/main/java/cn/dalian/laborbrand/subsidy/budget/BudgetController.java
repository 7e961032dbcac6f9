package cn.dalian.laborbrand.subsidy.budget;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** The employment subsidy fund's allocation per year: set by a finance approver, read by finance staff. */
@RestController
@RequestMapping("/api/subsidies/budgets")
class BudgetController {

    private final BudgetService budgets;
    private final BudgetMapper mapper;

    BudgetController(BudgetService budgets, BudgetMapper mapper) {
        this.budgets = budgets;
        this.mapper = mapper;
    }

    /** Every year's budget, newest first (one row a year, so never more than a page). */
    @GetMapping
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public List<BudgetView> list() {
        return mapper.toViews(budgets.list());
    }

    @GetMapping("/{year}")
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public BudgetView get(@PathVariable int year) {
        return mapper.toView(budgets.get(year));
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('FINANCE_APPROVER')")
    public BudgetView allocate(@PathVariable int year, @Valid @RequestBody AllocationRequest request, CurrentUser user) {
        return mapper.toView(budgets.allocate(year, new Money(request.allocationFen()), request.reference().strip(), request.note(), user.username()));
    }

    /** The year's allocation in fen (at most ¥100 亿, far beyond any fund), with the document (文号) that allocates it. */
    record AllocationRequest(
            @NotNull(message = "请填写预算额度（单位：分）。") @PositiveOrZero(message = "预算额度不能为负数。")
            @Max(value = 1_000_000_000_000L, message = "预算额度超出合理范围，请核对（单位：分）。") Long allocationFen,
            @NotBlank(message = "请填写资金下达文号。") @Size(max = 100, message = "文号不超过 100 个字。") String reference,
            @Size(max = 500, message = "备注不超过 500 个字。") String note) {
    }
}
