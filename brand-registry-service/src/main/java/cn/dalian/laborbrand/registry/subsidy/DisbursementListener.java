package cn.dalian.laborbrand.registry.subsidy;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** Every subsidy subsidy-service has paid to a brand's unit shows on the brand. */
@Component
class DisbursementListener {

    private final EventInbox inbox;
    private final PaidSubsidies subsidies;

    DisbursementListener(EventInbox inbox, PaidSubsidies subsidies) {
        this.inbox = inbox;
        this.subsidies = subsidies;
    }

    @KafkaListener(topics = SubsidyEvents.DISBURSED_TOPIC)
    void onDisbursed(String message) {
        inbox.receive(message, SubsidyEvents.DISBURSED, event -> subsidies.record(event.payload()));
    }
}
