package cn.dalian.laborbrand.notification.inbox;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** The caller's own in-app inbox. People have inboxes; the provincial system's client does not. */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'FINANCE_CLERK', 'FINANCE_APPROVER', 'OPERATOR')")
class InboxController {

    private final InboxService inbox;
    private final InboxMapper mapper;

    InboxController(InboxService inbox, InboxMapper mapper) {
        this.inbox = inbox;
        this.mapper = mapper;
    }

    @GetMapping
    public Page<MessageView> ownMessages(CurrentUser user, @Valid @ParameterObject PageQuery page) {
        return inbox.messagesFor(inboxesOf(user), page).mapAll(mapper::toViews);
    }

    /** The badge beside the inbox: asked for every half minute by every signed-in page, so one indexed count. */
    @GetMapping("/unread")
    public UnreadCount unread(CurrentUser user) {
        return new UnreadCount(inbox.unreadIn(inboxesOf(user)));
    }

    @PostMapping("/{id}/read")
    public ResponseEntity<Void> markRead(CurrentUser user, @PathVariable UUID id) {
        inbox.markRead(id, inboxesOf(user));
        return ResponseEntity.noContent().build();
    }

    private static List<Recipient> inboxesOf(CurrentUser user) {
        return Recipient.of(user.roles(), user.username(), user.orgId(), user.district());
    }
}
