package cn.dalian.laborbrand.simulatorkit;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/** What a simulator's {@code main} does: one-line logs, settings from the environment, a clean stop on SIGTERM. */
public final class SimulatorMain {

    private static final System.Logger LOG = System.getLogger(SimulatorMain.class.getName());

    /** Starts a simulator from its settings; what it returns is closed when the JVM stops. */
    public interface Starter<S> {
        AutoCloseable start(S settings) throws IOException;
    }

    private SimulatorMain() {
    }

    /**
     * Reads the settings from the environment and starts the simulator. Wrong settings end the JVM with status 2 and
     * only their message, as a person starting it by hand wants to read.
     *
     * @param name the simulator's name, e.g. {@code sms-simulator}, for its shutdown thread
     */
    public static <S> void run(String name, Function<Map<String, String>, S> settings, Starter<S> starter) throws IOException {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL %4$s %3$s - %5$s%6$s%n");
        S read;
        try {
            read = settings.apply(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        AutoCloseable simulator = starter.start(read);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                simulator.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "closing the journal failed", e);
            }
        }, name + "-stop"));
    }
}
