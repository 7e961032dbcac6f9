package cn.dalian.laborbrand.application.organisation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * A unit's bank account in full for finance staff, whom subsidy-service reads it for (with their token relayed) when a
 * payment batch is prepared; every read is recorded. Nobody else reads another unit's account.
 */
@RestController
class PayeeAccountController {

    private final ProfileService profiles;

    PayeeAccountController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/organisations/{creditCode}/payee-account")
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    BankAccount payeeAccount(@PathVariable String creditCode, CurrentUser user) {
        Role role = user.hasRole(Role.FINANCE_CLERK) ? Role.FINANCE_CLERK : Role.FINANCE_APPROVER;
        return profiles.disclosePayeeAccount(creditCode, user.username(), role.name());
    }
}
