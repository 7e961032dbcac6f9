package cn.dalian.laborbrand.notification.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/** People's in-app messages: delivered by the notices, read and marked read by their recipients only. */
@Service
public class InboxService {

    private final InboxRepository messages;
    private final Clock clock;

    InboxService(InboxRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Puts a message in a recipient's inbox, remembering the event it came from. */
    @Transactional
    public void deliver(Recipient recipient, String category, String title, String body, UUID sourceEvent) {
        messages.insert(UUID.randomUUID(), recipient, category, title, body, clock.instant(), sourceEvent);
    }

    /** The messages of every inbox the caller reads, newest first. */
    @Transactional(readOnly = true)
    Page<InboxMessage> messagesFor(List<Recipient> inboxes, PageQuery page) {
        return messages.findFor(inboxes, page);
    }

    @Transactional(readOnly = true)
    long unreadIn(List<Recipient> inboxes) {
        return messages.countUnread(inboxes);
    }

    @Transactional
    void markRead(UUID id, List<Recipient> inboxes) {
        if (!messages.markRead(id, inboxes, clock.instant())) {
            throw PlatformException.notFound("未找到该消息。");
        }
    }
}
