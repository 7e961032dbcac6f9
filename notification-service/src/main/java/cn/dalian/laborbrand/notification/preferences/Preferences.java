package cn.dalian.laborbrand.notification.preferences;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Which channels a person gets a kind of message by: their choice or the kind's default, always with the kind's required
 * channels (see {@link ChannelChoice}). The person is the unit (an ORGANISATION: every applicant account of it shares
 * the choice) or a member of staff (a PERSON, by username).
 */
@Service
public class Preferences {

    private final PreferenceRepository choices;
    private final Clock clock;

    Preferences(PreferenceRepository choices, Clock clock) {
        this.choices = choices;
        this.clock = clock;
    }

    /**
     * The channels by which {@code person} (an ORGANISATION for a unit, a PERSON for staff) gets messages of {@code kind}:
     * their choice, or the kind's default, always with the kind's required channels.
     */
    @Transactional(readOnly = true)
    public Set<Channel> channelsFor(Recipient person, NoticeKind kind) {
        return ChannelChoice.channelsFor(kind, choices.find(person, kind));
    }

    /** Every kind of the audience with what the person gets it by, in the order of the kinds. */
    @Transactional(readOnly = true)
    List<Preference> of(Recipient person, NoticeKind.Audience audience) {
        Map<NoticeKind, ChannelChoice> chosen = choices.findAll(person);
        return Arrays.stream(NoticeKind.values()).filter(kind -> kind.audience() == audience)
                .map(kind -> new Preference(kind, ChannelChoice.channelsFor(kind, Optional.ofNullable(chosen.get(kind)))))
                .toList();
    }

    /** Keeps the person's choices for the kinds named, all or none: every change is checked before any is written. */
    @Transactional
    List<Preference> change(Recipient person, NoticeKind.Audience audience, List<PreferenceChange> changes) {
        Set<NoticeKind> seen = new HashSet<>();
        List<Map.Entry<NoticeKind, ChannelChoice>> checked = changes.stream().map(change -> {
            NoticeKind kind = kindOf(change.kind(), audience);
            if (!seen.add(kind)) {
                throw new PlatformException(PreferenceProblem.NOTICE_KIND_REPEATED, "「" + kind.label() + "」设置了不止一次。")
                        .with("kind", kind.name());
            }
            ChannelChoice choice = new ChannelChoice(change.email(), change.sms());
            if (!choice.allowedFor(kind)) {
                throw new PlatformException(PreferenceProblem.LEGAL_NOTICE_CHANNEL_REQUIRED,
                        "「" + kind.label() + "」具有法律效力，必须通过站内消息和电子邮件送达，不能关闭电子邮件。").with("kind", kind.name());
            }
            return Map.entry(kind, choice);
        }).toList();
        checked.forEach(entry -> choices.save(person, entry.getKey(), entry.getValue(), clock.instant()));
        return of(person, audience);
    }

    private static NoticeKind kindOf(String name, NoticeKind.Audience audience) {
        NoticeKind kind = Arrays.stream(NoticeKind.values()).filter(known -> known.name().equals(name)).findFirst()
                .orElseThrow(() -> new PlatformException(PreferenceProblem.NOTICE_KIND_UNKNOWN, "没有「" + name + "」这类通知。")
                        .with("kind", name));
        if (kind.audience() != audience) {
            throw new PlatformException(PreferenceProblem.NOTICE_KIND_NOT_YOURS, "「" + kind.label() + "」这类通知不发给您，不能设置。")
                    .with("kind", name);
        }
        return kind;
    }

    /** A kind with the channels it goes by for the person. */
    record Preference(NoticeKind kind, Set<Channel> channels) {
    }
}
