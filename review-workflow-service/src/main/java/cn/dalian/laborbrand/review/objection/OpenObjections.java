package cn.dalian.laborbrand.review.objection;

import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.review.publicity.ForwardingHold;

/** An objection not yet resolved holds its case back from the city (公示期满无异议 is the condition for forwarding). */
@Component
class OpenObjections implements ForwardingHold {

    private final ObjectionRepository objections;

    OpenObjections(ObjectionRepository objections) {
        this.objections = objections;
    }

    @Override
    public boolean holds(UUID caseId) {
        return objections.anyOpen(caseId);
    }
}
