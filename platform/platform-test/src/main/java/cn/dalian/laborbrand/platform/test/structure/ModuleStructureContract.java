package cn.dalian.laborbrand.platform.test.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The structure tests every deployable of the platform runs (a unit test: no Spring context, no servers). Each
 * feature package under the application class is a Spring Modulith module: no cycles between features, each says
 * in its {@code package-info.java} what it owns, and the module diagram and canvases are written under
 * {@code target/spring-modulith-docs}. The deployable depends on no other service. A test implements it by naming
 * its application class; the six services implement {@link ServiceStructureContract}, which adds their rules.
 */
public interface ModuleStructureContract {

    /** The {@code @SpringBootApplication}: its package's sub-packages are the features. */
    Class<?> application();

    @Test
    default void theFeaturesAreModulesWithoutCyclesAndTheirDiagramIsWritten() {
        ApplicationModules modules = ApplicationModules.of(application());

        modules.verify();

        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }

    @Test
    default void everyFeatureSaysWhatItOwnsInItsPackageInfo() {
        ApplicationModules.of(application()).forEach(module -> {
            String feature = module.getBasePackage().getName();
            ApplicationModule declared = packageInfoOf(feature).getAnnotation(ApplicationModule.class);
            assertThat(declared).as("%s/package-info.java declares @ApplicationModule(displayName = …)", feature).isNotNull();
            assertThat(declared.displayName()).as("the display name of %s", feature).isNotBlank();
        });
    }

    @Test
    default void theServiceDependsOnNoOtherService() {
        ArchitectureRules.servicesDoNotDependOnOneAnother(application().getPackageName()).check(productionClasses());
    }

    /** The deployable's production classes (tests left out). */
    default JavaClasses productionClasses() {
        return ArchitectureRules.productionClassesOf(application().getPackageName());
    }

    /** A package's annotations sit on its package-info class. */
    private Class<?> packageInfoOf(String feature) {
        try {
            return Class.forName(feature + ".package-info", false, application().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(feature + " has no package-info.java saying what the feature owns", e);
        }
    }
}
