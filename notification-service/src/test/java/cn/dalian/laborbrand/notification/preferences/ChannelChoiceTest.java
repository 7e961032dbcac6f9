package cn.dalian.laborbrand.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.notices.NoticeKind;

class ChannelChoiceTest {

    @Test
    void aKindNobodyChoseForGoesByItsDefaultChannels() {
        // given 大连金港人力资源服务有限公司 never chose for 需补充申报材料
        Optional<ChannelChoice> none = Optional.empty();

        // then it goes by the inbox, e-mail and SMS, as the kind says
        assertThat(ChannelChoice.channelsFor(NoticeKind.SUPPLEMENT_REQUESTED, none))
                .containsExactlyInAnyOrder(Channel.IN_APP, Channel.EMAIL, Channel.SMS);
    }

    @Test
    void aChoiceReplacesTheDefaultButTheInboxAlwaysStays() {
        // given the unit wants 需补充申报材料 by SMS only
        ChannelChoice smsOnly = new ChannelChoice(false, true);

        // then it goes by the inbox and SMS, not e-mail
        assertThat(ChannelChoice.channelsFor(NoticeKind.SUPPLEMENT_REQUESTED, Optional.of(smsOnly)))
                .containsExactlyInAnyOrder(Channel.IN_APP, Channel.SMS);
    }

    @Test
    void aKindWithLegalWeightGoesByEmailEvenWhenAStoredChoiceSaysOtherwise() {
        // given a choice without e-mail for 限期整改通知 (as if written before the rule, or by hand)
        ChannelChoice noEmail = new ChannelChoice(false, false);

        // then the order still goes by the inbox and e-mail
        assertThat(ChannelChoice.channelsFor(NoticeKind.RECTIFICATION_ORDERED, Optional.of(noEmail)))
                .containsExactlyInAnyOrder(Channel.IN_APP, Channel.EMAIL);
    }

    @Test
    void switchingEmailOffIsAllowedForAnOrdinaryKindAndRefusedForOneWithLegalWeight() {
        ChannelChoice noEmail = new ChannelChoice(false, true);

        assertThat(noEmail.allowedFor(NoticeKind.PUBLICITY_STARTED)).isTrue();
        assertThat(noEmail.allowedFor(NoticeKind.DISTRICT_DECISION)).isFalse();
        assertThat(new ChannelChoice(true, false).allowedFor(NoticeKind.DISTRICT_DECISION)).isTrue();
    }
}
