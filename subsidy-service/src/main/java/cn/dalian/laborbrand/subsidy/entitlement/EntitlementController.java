package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;

/** The finance desk's list of subsidy entitlements. Subsidy data is for finance staff only. */
@RestController
@RequestMapping("/api/subsidies/entitlements")
class EntitlementController {

    private final EntitlementService entitlements;
    private final EntitlementMapper mapper;

    EntitlementController(EntitlementService entitlements, EntitlementMapper mapper) {
        this.entitlements = entitlements;
        this.mapper = mapper;
    }

    /** Oldest first: the order the finance desk works through them. */
    @GetMapping
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public Page<EntitlementView> list(@RequestParam Optional<EntitlementStatus> status, @Valid @ParameterObject PageQuery page) {
        return entitlements.list(status, page).mapAll(mapper::toViews);
    }
}
