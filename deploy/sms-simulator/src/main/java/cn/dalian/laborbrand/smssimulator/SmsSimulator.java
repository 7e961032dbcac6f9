package cn.dalian.laborbrand.smssimulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;

import cn.dalian.laborbrand.smssimulator.http.Failures;
import cn.dalian.laborbrand.smssimulator.http.OperatorApi;
import cn.dalian.laborbrand.smssimulator.http.SmsApi;
import cn.dalian.laborbrand.smssimulator.message.MessageBook;
import cn.dalian.laborbrand.smssimulator.signature.Nonces;
import cn.dalian.laborbrand.smssimulator.signature.RequestSignature;
import cn.dalian.laborbrand.simulatorkit.SimulatorMain;
import cn.dalian.laborbrand.simulatorkit.http.Outage;
import cn.dalian.laborbrand.simulatorkit.http.SimulatorServer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway's stand-in (notification-service/docs/sms-gateway-api.md): {@code java -jar sms-simulator-…-exec.jar},
 * configured by {@link Settings}. Starts from its journal, so a restart (even after SIGKILL) knows every message it
 * accepted and never sends one requestId twice.
 */
public final class SmsSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SmsSimulator.class.getName());

    private final MessageBook book;
    private final SimulatorServer server;

    private SmsSimulator(MessageBook book, SimulatorServer server) {
        this.book = book;
        this.server = server;
    }

    public static SmsSimulator start(Settings settings) throws IOException {
        return start(settings, Clock.systemUTC());
    }

    static SmsSimulator start(Settings settings, Clock clock) throws IOException {
        ObjectMapper mapper = JsonMapper.builder()
                // a field the platform adds later is no reason to refuse a message; a number where text belongs is
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        MessageBook book = MessageBook.open(settings.journal(), mapper, clock);
        Failures failures = new Failures();
        SimulatorServer server;
        try {
            server = SimulatorServer.start(new InetSocketAddress(settings.host(), settings.port()), SmsApi.SYSTEM_NAME, new Outage(clock),
                    new SmsApi(book, new RequestSignature(settings.appId(), settings.secret()), new Nonces(clock), settings.signName(), failures,
                            mapper, clock)::handle,
                    new OperatorApi(book, failures, mapper)::handle, mapper);
        } catch (IOException | RuntimeException e) {
            book.close();
            throw e;
        }
        LOG.log(System.Logger.Level.INFO, "SMS simulator on {0}: {1} messages from {2}, sign name 【{3}】", server.url(), book.all().size(),
                book.journalFile(), settings.signName());
        return new SmsSimulator(book, server);
    }

    public URI url() {
        return server.url();
    }

    @Override
    public void close() throws IOException {
        server.close();
        book.close();
    }

    public static void main(String[] args) throws IOException {
        SimulatorMain.run("sms-simulator", Settings::fromEnvironment, SmsSimulator::start);
    }
}
