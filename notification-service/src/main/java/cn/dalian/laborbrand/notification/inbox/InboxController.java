package cn.dalian.laborbrand.notification.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** The caller's own in-app inbox. People have inboxes; the provincial system's client does not. */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'FINANCE_CLERK', 'FINANCE_APPROVER', 'OPERATOR')")
class InboxController {

    private final InboxRepository inbox;
    private final InboxMapper mapper;
    private final Clock clock;

    InboxController(InboxRepository inbox, InboxMapper mapper, Clock clock) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public List<MessageView> ownMessages(CurrentUser user) {
        return mapper.toViews(inbox.findFor(Recipient.of(user.roles(), user.username(), user.orgId(), user.district())));
    }

    @PostMapping("/{id}/read")
    @Transactional
    public ResponseEntity<Void> markRead(CurrentUser user, @PathVariable UUID id) {
        if (!inbox.markRead(id, Recipient.of(user.roles(), user.username(), user.orgId(), user.district()), clock.instant())) {
            throw PlatformException.notFound("未找到该消息。");
        }
        return ResponseEntity.noContent().build();
    }
}
