package cn.dalian.laborbrand.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The launcher's flags, turned into {@link LaunchOptions}. */
record CommandLine(boolean help, LaunchOptions options) {

    static final String USAGE = """
            Usage: ./run.sh [options]      (or: java -jar deploy/launcher/target/launcher.jar [options])

            Starts the labour-brand platform on this machine, without Docker: PostgreSQL, a Kafka broker,
            Keycloak with the laborbrand realm, an SMTP server (GreenMail), the payment system's and the SMS
            gateway's simulators, the six services and the gateway, all on 127.0.0.1.

              --reset             delete this stack's data first (databases, Kafka topics, Keycloak's
                                  database, logs); the unpacked Keycloak in .local/cache stays
              --only a,b,…        start only these services and/or the gateway, e.g. --only application-service
                                  (PostgreSQL, Kafka, Keycloak, GreenMail and the simulators always start)
              --port-offset N     add N to every port (default 0: gateway 8080, Keycloak 8180, PostgreSQL 15432,
                                  Kafka 19092, services 8081-8086, payment simulator 8090, SMS simulator 8091,
                                  GreenMail SMTP 3025 and its web page 8093)
              --data DIR          keep this stack's data in DIR (default: .local/data in the repository)
              --root DIR          the repository checkout (default: found from the current folder)
              --help              this text
            """;

    static CommandLine parse(String[] args, Path workingDirectory) {
        boolean help = false;
        boolean reset = false;
        String only = null;
        Integer offset = null;
        Path data = null;
        Path root = null;
        List<String> list = Arrays.asList(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--reset" -> reset = true;
                case "--only" -> only = value(list, ++i, arg);
                case "--port-offset" -> offset = number(value(list, ++i, arg), arg);
                case "--data" -> data = Path.of(value(list, ++i, arg));
                case "--root" -> root = Path.of(value(list, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (help) {
            return new CommandLine(true, null);
        }
        LaunchOptions options = LaunchOptions.forRepository(root != null ? root : LaunchOptions.findRepositoryRoot(workingDirectory))
                .withReset(reset);
        if (only != null) {
            options = options.withApps(Arrays.stream(only.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new));
        }
        if (offset != null) {
            options = options.withPortOffset(offset);
        }
        if (data != null) {
            options = options.withDataDirectory(workingDirectory.resolve(data));
        }
        return new CommandLine(false, options);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }
}
