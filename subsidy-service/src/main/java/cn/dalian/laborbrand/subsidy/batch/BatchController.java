package cn.dalian.laborbrand.subsidy.batch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.subsidy.payment.PaymentCounts;
import cn.dalian.laborbrand.subsidy.payment.PaymentService;

/** Payment batches: a finance clerk prepares, a finance approver (never the same person) approves or returns. */
@RestController
@RequestMapping("/api/subsidies/batches")
class BatchController {

    private final BatchService batches;
    private final PaymentService payments;
    private final BatchMapper mapper;

    BatchController(BatchService batches, PaymentService payments, BatchMapper mapper) {
        this.batches = batches;
        this.payments = payments;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('FINANCE_CLERK')")
    public BatchViews.Detail prepare(@Valid @RequestBody PrepareRequest request, CurrentUser user) {
        return detail(batches.prepare(request.year(), request.entitlementIds(), request.purpose(), user.username()));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('FINANCE_APPROVER')")
    public BatchViews.Detail approve(@PathVariable UUID id, CurrentUser user) {
        return detail(batches.approve(id, user.username()));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('FINANCE_APPROVER')")
    public BatchViews.Detail returnBatch(@PathVariable UUID id, @Valid @RequestBody ReturnRequest request, CurrentUser user) {
        return detail(batches.returnBatch(id, request.reason(), user.username()));
    }

    /** Oldest first: the order the approver works through them. */
    @GetMapping
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public Page<BatchViews.Summary> list(@RequestParam Optional<BatchStatus> status, @Valid @ParameterObject PageQuery page) {
        return batches.list(status, page).mapAll(found -> {
            List<UUID> ids = found.stream().map(PaymentBatch::id).toList();
            Map<UUID, Integer> counts = batches.lineCounts(ids);
            Map<UUID, PaymentCounts> paid = payments.countsByBatch(ids);
            return found.stream().map(batch -> mapper.toSummary(batch, counts.getOrDefault(batch.id(), 0),
                    paid.getOrDefault(batch.id(), PaymentCounts.NONE))).toList();
        });
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public BatchViews.Detail get(@PathVariable UUID id) {
        return detail(batches.get(id));
    }

    private BatchViews.Detail detail(PaymentBatch batch) {
        return mapper.toDetail(batch, batches.trail(batch.id()), payments.ofBatch(batch.id()),
                payments.countsByBatch(List.of(batch.id())).getOrDefault(batch.id(), PaymentCounts.NONE));
    }

    /**
     * The budget year, the waiting entitlements (at most 200 a batch; those never paid and those whose payment failed), and the
     * purpose (default 「<year>年度劳务品牌一次性奖补资金」).
     */
    record PrepareRequest(
            @NotNull(message = "请填写预算年度。") @Min(value = 2000, message = "预算年度应在 2000 至 2100 年之间。")
            @Max(value = 2100, message = "预算年度应在 2000 至 2100 年之间。") Integer year,
            @NotEmpty(message = "请至少选择一条待经办的补贴资格。") @Size(max = 200, message = "一个支付批次最多 200 条补贴资格。")
            List<@NotNull(message = "补贴资格编号不能为空。") UUID> entitlementIds,
            @Size(max = 200, message = "用途不超过 200 个字。") String purpose) {
    }

    record ReturnRequest(@NotBlank(message = "退回时请写明原因。") @Size(max = 500, message = "退回原因不超过 500 个字。") String reason) {
    }
}
