package cn.dalian.laborbrand.platform.test.structure;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape every service of the platform keeps, as ArchUnit rules over its production classes. Inside
 * a service each feature package (intake, casework, brand …) owns its controller, service, repository and
 * mapper; another feature reaches it through its service, never its repository or tables. Controllers
 * speak to services only. Kafka is reached only through the platform's outbox and inbox. A service
 * depends on its own packages, the event contracts and the platform, never on another service.
 */
public final class ArchitectureRules {

    static final String PLATFORM = "cn.dalian.laborbrand";

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private ArchitectureRules() {
    }

    /** A feature's repository is used by its own package only: other features call that feature's service. */
    public static final ArchRule REPOSITORIES_ARE_USED_ONLY_INSIDE_THEIR_FEATURE = classes()
            .that().areAnnotatedWith(Repository.class)
            .should(beUsedOnlyFromTheirOwnPackage())
            .because("a feature reaches another feature through its service, so that each rule and table has one owner");

    public static final ArchRule CONTROLLERS_DO_NOT_TAKE_REPOSITORIES = noClasses()
            .that().areMetaAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .because("a controller translates HTTP to a call of its feature's service, which holds the transaction and the scope");

    public static final ArchRule KAFKA_IS_REACHED_ONLY_THROUGH_THE_OUTBOX_AND_INBOX = noClasses()
            .that().resideInAPackage(PLATFORM + "..")
            .should().dependOnClassesThat(resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                    .and(not(type(KafkaListener.class))))
            .because("events leave through EventOutbox (in the transaction of their change) and arrive through EventInbox"
                    + " (once per event); a listener only hands the message over");

    /**
     * Domain logic lives in plain classes (records, enums, rule classes) with no Spring in them, so that it is
     * tested without a context; Spring stays at the edges: beans, configuration properties.
     */
    public static final ArchRule PLAIN_CLASSES_HAVE_NO_SPRING_IN_THEM = noClasses()
            .that().resideInAPackage(PLATFORM + "..")
            .and(are(not(springBeans())))
            .and().doNotHaveSimpleName("package-info")
            .and().areNotAnnotatedWith(ConfigurationProperties.class)
            .and().areNotAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication")
            // the status a domain refusal answers with is part of the platform's error vocabulary (ErrorCode)
            .should().dependOnClassesThat(resideInAPackage("org.springframework..").and(not(type(HttpStatus.class))))
            .because("rules and aggregates are plain Java, tested given-when-then without Spring");

    /** A service depends on its own packages, the contracts and the platform; another service is reached by events. */
    public static ArchRule servicesDoNotDependOnOneAnother(String servicePackage) {
        return classes().that().resideInAPackage(servicePackage + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(PLATFORM + "..")
                        .or(resideInAnyPackage(servicePackage + "..", PLATFORM + ".contracts..", PLATFORM + ".platform..")))
                .because("services share nothing but the event contracts and the platform libraries");
    }

    /** A service's production classes (tests left out), imported once per test JVM. */
    static JavaClasses productionClassesOf(String servicePackage) {
        return IMPORTED.computeIfAbsent(servicePackage, name -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(name));
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only by classes of their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!origin.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> springBeans() {
        return DescribedPredicate.describe("Spring beans",
                javaClass -> javaClass.isAnnotatedWith(Component.class) || javaClass.isMetaAnnotatedWith(Component.class));
    }
}
