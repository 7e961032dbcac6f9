package cn.dalian.laborbrand.registry.feed;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import tools.jackson.databind.json.JsonMapper;

/** Reads the journal page by page for the provincial system. */
@Service
class ProvincialFeed {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final FeedJournal journal;
    private final JsonMapper json;

    ProvincialFeed(FeedJournal journal, JsonMapper json) {
        this.journal = journal;
        this.json = json;
    }

    /**
     * The events after the cursor. A cursor past the journal's end was not written by this feed (another environment, a
     * restored database): refused rather than answered with an empty page the client would wait on forever.
     */
    @Transactional(readOnly = true)
    public FeedPage page(FeedCursor cursor, int limit) {
        // one more than asked for, to know whether another page is waiting
        List<FeedJournal.Entry> fetched = journal.after(cursor.position(), limit + 1);
        if (fetched.isEmpty() && cursor.position() > journal.end()) {
            throw new PlatformException(FeedProblem.CURSOR_FROM_THE_FUTURE).with("field", "cursor");
        }
        List<FeedJournal.Entry> page = fetched.subList(0, Math.min(limit, fetched.size()));
        List<CloudEvent> events = page.stream().map(entry -> CloudEvents.of(entry.position(), json.readTree(entry.envelope()))).toList();
        FeedCursor next = page.isEmpty() ? cursor : new FeedCursor(page.getLast().position());
        return new FeedPage(events, next.encode(), fetched.size() > limit);
    }
}
