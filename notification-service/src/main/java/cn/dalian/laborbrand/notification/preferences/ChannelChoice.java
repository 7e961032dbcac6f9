package cn.dalian.laborbrand.notification.preferences;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.notices.NoticeKind;

/**
 * What a person chose for one kind of message: e-mail and SMS on or off (the inbox is always on). The rule of which
 * channels a message then goes by lives here, without Spring.
 */
record ChannelChoice(boolean email, boolean sms) {

    /** The person's choice, or the kind's default when none, always with the kind's required channels. */
    static Set<Channel> channelsFor(NoticeKind kind, Optional<ChannelChoice> chosen) {
        EnumSet<Channel> channels = EnumSet.copyOf(chosen.map(ChannelChoice::channels).orElse(kind.defaultChannels()));
        channels.addAll(kind.requiredChannels());
        return Set.copyOf(channels);
    }

    /** Whether a person may choose this for the kind: a message with legal weight cannot be refused by e-mail. */
    boolean allowedFor(NoticeKind kind) {
        return email || !kind.requiredChannels().contains(Channel.EMAIL);
    }

    private Set<Channel> channels() {
        EnumSet<Channel> channels = EnumSet.of(Channel.IN_APP);
        if (email) {
            channels.add(Channel.EMAIL);
        }
        if (sms) {
            channels.add(Channel.SMS);
        }
        return channels;
    }
}
