package cn.dalian.laborbrand.registry.callbacks;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * What one call-back found: whether the worker was reached, and if so whether they confirmed their employment
 * and whether they complained. An unreachable worker confirms nothing and lodges nothing.
 */
public record CallOutcome(String workerId, Reach reach, Employment employment, boolean complaint) {

    public enum Reach {
        REACHED("已接通"), UNREACHABLE("未接通");

        private final String label;

        Reach(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Employment {
        CONFIRMED("确认就业"), NOT_CONFIRMED("未确认就业");

        private final String label;

        Employment(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CallOutcome {
        boolean reached = reach == Reach.REACHED;
        if (reach == null || reached != (employment != null) || (!reached && complaint)) {
            throw new PlatformException(CallbackProblem.OUTCOME_INCONSISTENT);
        }
    }

    public static CallOutcome unreachable(String workerId) {
        return new CallOutcome(workerId, Reach.UNREACHABLE, null, false);
    }

    public static CallOutcome reached(String workerId, Employment employment, boolean complaint) {
        return new CallOutcome(workerId, Reach.REACHED, employment, complaint);
    }
}
