package cn.dalian.laborbrand.subsidy.payment;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;

/** The finance desk's view of the payments: how each stands with the payment system, and a question to it on demand. */
@RestController
@RequestMapping("/api/subsidies/payments")
class PaymentController {

    private final PaymentService payments;
    private final PaymentMapper mapper;

    PaymentController(PaymentService payments, PaymentMapper mapper) {
        this.payments = payments;
        this.mapper = mapper;
    }

    /** Oldest first, optionally in one status (e.g. FAILED: those to put into a new batch). */
    @GetMapping
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public Page<PaymentView> list(@RequestParam Optional<PaymentStatus> status, @Valid @ParameterObject PageQuery page) {
        return payments.list(status, page).mapAll(mapper::toViews);
    }

    /** Asks the payment system for the payment's result now, and answers the payment as it then stands. */
    @PostMapping("/{id}/status-check")
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public PaymentView checkStatus(@PathVariable UUID id) {
        return mapper.toView(payments.checkNow(id));
    }
}
