package cn.dalian.laborbrand.notification.digest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.notification.delivery.Dispatcher;
import cn.dalian.laborbrand.notification.directory.StaffMember;
import cn.dalian.laborbrand.notification.inbox.InboxService;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.Notice;
import cn.dalian.laborbrand.notification.notices.NoticeTemplates;
import cn.dalian.laborbrand.notification.notices.Notices;
import cn.dalian.laborbrand.notification.notices.ReviewDigest;

/** Sends one reviewer their bureau's digest of the day, at most once, in one transaction with its inbox message and deliveries. */
@Service
class DigestSender {

    private final QueueRepository queue;
    private final InboxService inbox;
    private final Dispatcher dispatcher;
    private final NoticeTemplates templates;
    private final Clock clock;

    DigestSender(QueueRepository queue, InboxService inbox, Dispatcher dispatcher, NoticeTemplates templates, Clock clock) {
        this.queue = queue;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.templates = templates;
        this.clock = clock;
    }

    /** False when this reviewer already has this bureau's digest of the day. */
    @Transactional
    boolean send(String bureau, StaffMember reviewer, ReviewDigest digest) {
        UUID eventId = eventId(digest.day(), bureau, reviewer.username());
        if (!queue.claim(digest.day(), bureau, reviewer.username(), eventId, clock.instant())) {
            return false;
        }
        Notice notice = Notices.digest(new Recipient(Recipient.Kind.PERSON, reviewer.username()), digest, templates);
        inbox.deliver(notice.recipient(), notice.category(), notice.title(), notice.body(), eventId);
        dispatcher.dispatch(eventId, notice);
        return true;
    }

    /** The digest's own event id, the same however often or wherever the job runs: the deliveries are keyed by it. */
    static UUID eventId(LocalDate day, String bureau, String username) {
        return UUID.nameUUIDFromBytes(("review-digest:" + day + ":" + bureau + ":" + username).getBytes(StandardCharsets.UTF_8));
    }
}
