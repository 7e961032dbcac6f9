package cn.dalian.laborbrand.notification.digest;

import java.util.UUID;

import org.springframework.stereotype.Service;

/** SEAM (lead, issue 14): the reviewers' queue as the events tell it, for the daily digest. Implemented by the digest helper. */
@Service
public class ReviewQueue {

    /** Takes note of what an event changes in a bureau's queue, in the caller's transaction; other events change nothing. */
    public void track(UUID eventId, Object event) {
    }
}
