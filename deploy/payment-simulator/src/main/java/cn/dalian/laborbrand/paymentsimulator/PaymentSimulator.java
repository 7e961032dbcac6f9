package cn.dalian.laborbrand.paymentsimulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;

import cn.dalian.laborbrand.paymentsimulator.callback.CallbackClient;
import cn.dalian.laborbrand.paymentsimulator.http.OperatorApi;
import cn.dalian.laborbrand.paymentsimulator.http.PaymentApi;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentBook;
import cn.dalian.laborbrand.paymentsimulator.settlement.Settlements;
import cn.dalian.laborbrand.paymentsimulator.signature.MerchantSignature;
import cn.dalian.laborbrand.simulatorkit.SimulatorMain;
import cn.dalian.laborbrand.simulatorkit.http.Outage;
import cn.dalian.laborbrand.simulatorkit.http.SimulatorServer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment system's stand-in (subsidy-service/docs/payment-system-api.md): {@code java -jar payment-simulator-…-exec.jar},
 * configured by {@link Settings}. Starts from its journal, so a restart (even after SIGKILL) knows every payment and
 * finishes what was left: settlements due and notices not yet acknowledged.
 */
public final class PaymentSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PaymentSimulator.class.getName());

    private final PaymentBook book;
    private final Settlements settlements;
    private final SimulatorServer server;

    private PaymentSimulator(PaymentBook book, Settlements settlements, SimulatorServer server) {
        this.book = book;
        this.settlements = settlements;
        this.server = server;
    }

    public static PaymentSimulator start(Settings settings) throws IOException {
        return start(settings, Clock.systemUTC());
    }

    static PaymentSimulator start(Settings settings, Clock clock) throws IOException {
        ObjectMapper mapper = JsonMapper.builder()
                // a field the platform adds later is no reason to refuse a payment; a fraction of a fen is
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        MerchantSignature signature = new MerchantSignature(settings.merchantId(), settings.secret());
        PaymentBook book = PaymentBook.open(settings.journal(), mapper, clock);
        Settlements settlements = new Settlements(book, new CallbackClient(signature, mapper, clock), settings.settleDelay(),
                settings.callbackBackoff(), clock);
        SimulatorServer server;
        try {
            server = SimulatorServer.start(new InetSocketAddress(settings.host(), settings.port()), PaymentApi.SYSTEM_NAME, new Outage(clock),
                    new PaymentApi(book, settlements, signature, mapper, clock)::handle, new OperatorApi(book, settlements, mapper)::handle, mapper);
        } catch (IOException | RuntimeException e) {
            settlements.close();
            book.close();
            throw e;
        }
        settlements.resume();
        LOG.log(System.Logger.Level.INFO, "payment simulator on {0}: {1} payments from {2}, settling after {3}", server.url(),
                book.all().size(), book.journalFile(), settings.settleDelay());
        return new PaymentSimulator(book, settlements, server);
    }

    public URI url() {
        return server.url();
    }

    @Override
    public void close() throws IOException {
        server.close();
        settlements.close();
        book.close();
    }

    public static void main(String[] args) throws IOException {
        SimulatorMain.run("payment-simulator", Settings::fromEnvironment, PaymentSimulator::start);
    }
}
