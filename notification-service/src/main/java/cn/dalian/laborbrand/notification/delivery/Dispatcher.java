package cn.dalian.laborbrand.notification.delivery;

import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.dalian.laborbrand.notification.notices.Notice;

/** SEAM (lead, issue 14): plans a notice's e-mails and SMS. Implemented by the delivery helper. */
@Service
public class Dispatcher {

    /**
     * Plans the e-mails and SMS a notice owes, in the caller's transaction, once per (event, notice kind, recipient): the
     * same event arriving again plans nothing more. Sending happens later, with retries.
     */
    public void dispatch(UUID eventId, Notice notice) {
    }
}
