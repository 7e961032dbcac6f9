package cn.dalian.laborbrand.registry.lifecycle;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.registry.rectification.RectificationReason;

/**
 * What a lifecycle step tells the others: the facts a service will publish through the outbox once the contracts
 * hold these events (the provincial feed names them: rectification ordered/closed, exited, provincial certification).
 */
public sealed interface LifecycleFact {

    UUID brandId();

    record RectificationOrdered(UUID brandId, UUID rectificationId, Set<RectificationReason> reasons, LocalDate orderedOn, LocalDate deadline)
            implements LifecycleFact {
        public RectificationOrdered {
            reasons = Set.copyOf(reasons);
        }
    }

    record RectificationExtended(UUID brandId, UUID rectificationId, LocalDate decidedOn, LocalDate previousDeadline, LocalDate newDeadline)
            implements LifecycleFact {
    }

    /** The rectification closed with the brand kept. */
    record RectificationAccepted(UUID brandId, UUID rectificationId, LocalDate decidedOn) implements LifecycleFact {
    }

    record ExitProposed(UUID brandId, UUID rectificationId, ExitCause cause, LocalDate proposedOn) implements LifecycleFact {
    }

    record BrandExited(UUID brandId, String certificateNumber, String decisionReference, LocalDate decidedOn) implements LifecycleFact {
    }

    record ProvincialCertificationRecorded(UUID brandId, String certificateNumber, String decisionReference, LocalDate decidedOn,
            String documentReference) implements LifecycleFact {
    }

    /** Why an exit is proposed. */
    enum ExitCause {
        /** 逾期未整改: the deadline passed without an answer. */
        OVERDUE("逾期未整改"),
        /** 整改未通过: the reviewer rejected the answer. */
        FAILED("整改未通过");

        private final String label;

        ExitCause(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
