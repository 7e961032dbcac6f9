package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The finance desk's list of subsidy entitlements. Subsidy data is for finance staff only. */
@RestController
@RequestMapping("/api/subsidies/entitlements")
class EntitlementController {

    private final EntitlementRepository entitlements;
    private final EntitlementMapper mapper;

    EntitlementController(EntitlementRepository entitlements, EntitlementMapper mapper) {
        this.entitlements = entitlements;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    @Transactional(readOnly = true)
    public List<EntitlementView> list(@RequestParam Optional<EntitlementStatus> status) {
        return mapper.toViews(entitlements.find(status));
    }
}
