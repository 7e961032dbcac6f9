package cn.dalian.laborbrand.platform.test.structure;

import org.junit.jupiter.api.Test;

/**
 * The structure tests of the six services, beside those of every deployable ({@link ModuleStructureContract}): a
 * feature's repository serves that feature only, controllers call services, Kafka is reached only through the
 * outbox and the inbox, and domain logic stays in plain classes ({@link ArchitectureRules}).
 */
public interface ServiceStructureContract extends ModuleStructureContract {

    @Test
    default void aFeaturesRepositoryIsUsedOnlyInsideThatFeature() {
        ArchitectureRules.REPOSITORIES_ARE_USED_ONLY_INSIDE_THEIR_FEATURE.check(productionClasses());
    }

    @Test
    default void controllersDoNotTakeRepositories() {
        ArchitectureRules.CONTROLLERS_DO_NOT_TAKE_REPOSITORIES.check(productionClasses());
    }

    @Test
    default void kafkaIsReachedOnlyThroughTheOutboxAndInbox() {
        ArchitectureRules.KAFKA_IS_REACHED_ONLY_THROUGH_THE_OUTBOX_AND_INBOX.check(productionClasses());
    }

    @Test
    default void plainClassesHaveNoSpringInThem() {
        ArchitectureRules.PLAIN_CLASSES_HAVE_NO_SPRING_IN_THEM.check(productionClasses());
    }
}
