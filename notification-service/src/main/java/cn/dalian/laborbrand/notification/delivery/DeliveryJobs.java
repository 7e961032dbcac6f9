package cn.dalian.laborbrand.notification.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The planner and the sender, each on its own schedule; safe with any number of instances (see {@link DeliverySender}). */
@Component
@ConditionalOnBooleanProperty(name = "laborbrand.notification.delivery.jobs-enabled", matchIfMissing = true)
class DeliveryJobs {

    private final DeliveryPlanner planner;
    private final DeliverySender sender;

    DeliveryJobs(DeliveryPlanner planner, DeliverySender sender) {
        this.planner = planner;
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${laborbrand.notification.delivery.interval:2s}", initialDelayString = "${laborbrand.notification.delivery.interval:2s}")
    void plan() {
        planner.planDue();
    }

    @Scheduled(fixedDelayString = "${laborbrand.notification.delivery.interval:2s}", initialDelayString = "${laborbrand.notification.delivery.interval:2s}")
    void send() {
        sender.sendDue();
    }
}
