package cn.dalian.laborbrand.notification.preferences;

import java.util.Set;

import org.springframework.stereotype.Service;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;

/** SEAM (lead, issue 14): which channels a person gets a kind of message by. Implemented by the preferences helper. */
@Service
public class Preferences {

    /**
     * The channels by which {@code person} (an ORGANISATION for a unit, a PERSON for staff) gets messages of {@code kind}:
     * their choice, or the kind's default, always with the kind's required channels.
     */
    public Set<Channel> channelsFor(Recipient person, NoticeKind kind) {
        return kind.defaultChannels();
    }
}
