package cn.dalian.laborbrand.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final Path root = LaunchOptions.findRepositoryRoot(Path.of(""));

    @Test
    void withoutFlagsStartsEverythingOnTheDocumentedPortsWithTheDataInDotLocal() {
        LaunchOptions options = CommandLine.parse(new String[0], root).options();

        assertThat(options.apps()).containsExactlyInAnyOrderElementsOf(Component.bootApps());
        assertThat(options.dataDirectory()).isEqualTo(root.resolve(".local/data"));
        assertThat(options.cacheDirectory()).isEqualTo(root.resolve(".local/cache"));
        assertThat(options.ports().of(Component.GATEWAY)).isEqualTo(8080);
        assertThat(options.ports().of(Component.KEYCLOAK)).isEqualTo(8180);
        assertThat(options.reset()).isFalse();
    }

    @Test
    void readsEveryFlag() {
        LaunchOptions options = CommandLine.parse(
                new String[] {"--reset", "--only", "application-service, gateway", "--port-offset", "1000", "--data", "other"}, root).options();

        assertThat(options.reset()).isTrue();
        assertThat(options.apps()).containsExactlyInAnyOrder(Component.APPLICATION_SERVICE, Component.GATEWAY);
        assertThat(options.ports().of(Component.POSTGRES)).isEqualTo(16432);
        assertThat(options.dataDirectory()).isEqualTo(root.resolve("other"));
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--fast"}, root)).hasMessageContaining("--fast");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--only", "postgres"}, root)).hasMessageContaining("always start");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--only", "payment-simulator"}, root)).hasMessageContaining("always start");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--only", "sms-simulator"}, root)).hasMessageContaining("always start");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--only", "greenmail"}, root)).hasMessageContaining("always start");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--only", "billing-service"}, root)).hasMessageContaining("unknown component");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port-offset"}, root)).hasMessageContaining("needs a value");
    }

    @Test
    void systemTestsRunBesideADevelopersStackOnFreshData() {
        LaunchOptions options = LaunchOptions.forSystemTests(root);

        assertThat(options.ports().of(Component.GATEWAY)).isEqualTo(18080);
        assertThat(options.dataDirectory()).isNotEqualTo(LaunchOptions.forRepository(root).dataDirectory());
        assertThat(options.cacheDirectory()).isEqualTo(LaunchOptions.forRepository(root).cacheDirectory());
        assertThat(options.reset()).isTrue();
        assertThat(options.recordClassData()).isFalse();
    }

    @Test
    void everyAppsJarIsTheExecutableOfItsModule() {
        assertThat(Component.GATEWAY.jar("0.1.0-SNAPSHOT")).isEqualTo("gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar");
        assertThat(Component.bootApps()).allSatisfy(app -> assertThat(app.module()).isNotBlank());
        assertThat(Component.bootApps().stream().filter(app -> app.kind() == Component.Kind.SERVICE))
                .allSatisfy(service -> assertThat(service.urlVariable()).isPresent());
    }

    @Test
    void thePaymentSimulatorRunsFromItsModulesJarBesideEveryStackAndTheAppsFindItAsThePaymentSystem() {
        assertThat(Component.PAYMENT_SIMULATOR.jar("0.1.0-SNAPSHOT"))
                .isEqualTo("deploy/payment-simulator/target/payment-simulator-0.1.0-SNAPSHOT-exec.jar");
        assertThat(Component.PAYMENT_SIMULATOR.runsFromJar()).isTrue();
        assertThat(Component.PAYMENT_SIMULATOR.isBootApp()).as("not chosen with --only: it always starts").isFalse();
        assertThat(Component.PAYMENT_SIMULATOR.urlVariable()).contains("PAYMENT_SYSTEM_URI");
        assertThat(LaunchOptions.forRepository(root).ports().of(Component.PAYMENT_SIMULATOR)).isEqualTo(8090);
        assertThat(LaunchOptions.forSystemTests(root).ports().of(Component.PAYMENT_SIMULATOR)).isEqualTo(18090);
    }

    @Test
    void theSmsSimulatorRunsFromItsModulesJarBesideEveryStackAndTheAppsFindItAsTheSmsGateway() {
        assertThat(Component.SMS_SIMULATOR.jar("0.1.0-SNAPSHOT")).isEqualTo("deploy/sms-simulator/target/sms-simulator-0.1.0-SNAPSHOT-exec.jar");
        assertThat(Component.SMS_SIMULATOR.runsFromJar()).isTrue();
        assertThat(Component.SMS_SIMULATOR.isBootApp()).as("not chosen with --only: it always starts").isFalse();
        assertThat(Component.SMS_SIMULATOR.urlVariable()).contains("SMS_GATEWAY_URI");
        assertThat(Component.outsideSystems()).containsExactly(Component.PAYMENT_SIMULATOR, Component.SMS_SIMULATOR);
        assertThat(LaunchOptions.forRepository(root).ports().of(Component.SMS_SIMULATOR)).isEqualTo(8091);
        assertThat(LaunchOptions.forSystemTests(root).ports().of(Component.SMS_SIMULATOR)).isEqualTo(18091);
    }

    @Test
    void greenMailIsInfrastructureFromTheMavenRepositoryWithSmtpAndItsWebPageOnPortsOfTheirOwn() {
        assertThat(Component.GREENMAIL.runsFromJar()).as("not a module of this repository").isFalse();
        assertThat(Component.GREENMAIL.isBootApp()).isFalse();
        assertThat(LaunchOptions.forRepository(root).ports().of(Component.GREENMAIL)).isEqualTo(3025);
        assertThat(LaunchOptions.forRepository(root).ports().greenMailApi()).isEqualTo(8093);
        assertThat(LaunchOptions.forSystemTests(root).ports().of(Component.GREENMAIL)).isEqualTo(13025);
        assertThat(LaunchOptions.forSystemTests(root).ports().greenMailApi()).isEqualTo(18093);
        assertThat(BuildInfo.load().greenMailJar()).as("resolved by the launcher's build").isRegularFile()
                .hasFileName("greenmail-standalone-2.1.8.jar");
        MailServer mail = new MailServer(BuildInfo.load(), new DataLayout(root.resolve(".local/data"), root.resolve(".local/cache")),
                new Ports(0), "-Dlaborbrand.launcher.data=.local/data");
        assertThat(mail.apiUrl()).hasToString("http://127.0.0.1:8093/");
        assertThat(mail.messagesOf("contact@jingang.example.com")).hasToString("http://127.0.0.1:8093/api/user/contact@jingang.example.com/messages/");
    }

    @Test
    void theSummaryTellsWhereToReadWhatEachSimulatorReceived() {
        java.net.URI payments = java.net.URI.create("http://127.0.0.1:8090");
        java.net.URI sms = java.net.URI.create("http://127.0.0.1:8091");

        assertThat(Summary.view(Component.PAYMENT_SIMULATOR, payments)).isEqualTo("its payments: http://127.0.0.1:8090/simulator/payments");
        assertThat(Summary.view(Component.SMS_SIMULATOR, sms)).isEqualTo("sent SMS: http://127.0.0.1:8091/simulator/messages");
    }
}
