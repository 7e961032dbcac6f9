package cn.dalian.laborbrand.launcher;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import cn.dalian.laborbrand.launcher.RealmFile.DemoClient;
import cn.dalian.laborbrand.launcher.RealmFile.DemoUser;

/** What a person needs once the platform is up: where to go, who to log in as, a first request to try. */
final class Summary {

    private static final String RULE = "═".repeat(78);
    /** Wide enough for the longest label, review-workflow-service. */
    private static final int LABEL = 25;

    private Summary() {
    }

    static List<String> of(LocalPlatform platform, long seconds) {
        LaunchOptions options = platform.options();
        RealmFile realm = RealmFile.read(options.repositoryRoot().resolve(KeycloakServer.REALM_FILE));
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        lines.add(" 大连市劳务品牌申报认定平台 — the labour-brand platform is running (started in " + seconds + " s)");
        lines.add(RULE);
        if (platform.apps().contains(Component.GATEWAY.id())) {
            // what a person opens first: the SPA, whose sign-in leads every demo user to their role's home
            lines.add(" " + pad("打开浏览器 Open the SPA", LABEL) + platform.gatewayUrl().resolve("/"));
            lines.add(" " + pad("Gateway (API /api/…)", LABEL) + platform.gatewayUrl());
        }
        lines.add(" " + pad("Keycloak", LABEL) + platform.keycloakUrl() + "/admin   administrator: " + KeycloakServer.ADMIN_USER + " / "
                + KeycloakServer.ADMIN_PASSWORD);
        lines.add(" " + pad("Token issuer", LABEL) + platform.issuerUri());
        for (String app : platform.apps()) {
            if (!app.equals(Component.GATEWAY.id())) {
                lines.add(" " + pad(app, LABEL) + platform.url(app));
            }
        }
        for (Component outside : Component.outsideSystems()) {
            URI url = platform.url(outside.id());
            lines.add(" " + pad(outside.id(), LABEL) + url + "   " + view(outside, url));
        }
        // where a person reads the e-mail the platform sent (GreenMail keeps it in memory, until it stops)
        lines.add(" " + pad("GreenMail (e-mail)", LABEL) + "SMTP " + Ports.HOST + ":" + platform.smtpPort() + "   sent e-mail: "
                + platform.url(Component.GREENMAIL.id()) + "   one address's: " + platform.url(Component.GREENMAIL.id())
                + "api/user/<address>/messages/");
        lines.add(" " + pad("PostgreSQL", LABEL) + Ports.HOST + ":" + options.ports().of(Component.POSTGRES) + "   a role per service (application_service, …)"
                + " and Keycloak's, passwords in " + options.layout().databaseAccounts());
        lines.add(" " + pad("Kafka", LABEL) + platform.kafkaBootstrapServers() + "   SASL/SCRAM-SHA-512, a user per service (application-service, …)"
                + " writing only its own topics, passwords in " + options.layout().kafkaAccounts());
        lines.add("");
        lines.add(" Demo users (password " + realm.demoPassword() + " for all):");
        for (DemoUser user : realm.users()) {
            lines.add(("   " + pad(user.username(), 20) + pad(user.name(), 8) + pad(String.join(",", user.roles()), 19)
                    + (user.orgId() == null ? "" : "orgId " + user.orgId() + "  ")
                    + (user.district() == null ? "" : "district " + user.district())).stripTrailing());
            if (user.otpSecret() != null) {
                lines.add("   " + pad("", 20) + "OTP (TOTP, SHA-1, 6 digits, 30 s) secret " + user.otpSecret() + ": enter it in an authenticator app");
            }
        }
        lines.add(" Clients:");
        for (DemoClient client : realm.clients()) {
            lines.add("   " + pad(client.clientId(), 20) + (client.secret() != null
                    ? "secret " + client.secret() + (client.serviceAccount() ? " (client credentials)" : "")
                    : client.passwordGrant() ? "public, password grant without OTP: demo realm only, for scripts and tests"
                    : "public: authorization code + PKCE (S256)"));
        }
        lines.add("");
        tryIt(platform, realm).forEach(lines::add);
        lines.add(" Logs: " + options.layout().logs() + "/<component>.log");
        lines.add(" Ctrl-C to stop everything.");
        lines.add(RULE);
        return lines;
    }

    /** A token for applicant-a from Keycloak, then the applicant's applications (through the gateway when it runs). */
    private static List<String> tryIt(LocalPlatform platform, RealmFile realm) {
        String target = platform.apps().contains(Component.GATEWAY.id()) ? platform.gatewayUrl().toString()
                : platform.apps().contains(Component.APPLICATION_SERVICE.id()) ? platform.url(Component.APPLICATION_SERVICE.id()).toString()
                : null;
        if (target == null) {
            return List.of();
        }
        return List.of(
                " Try it: a token for applicant-a, then the applicant's applications"
                        + (target.equals(platform.gatewayUrl().toString()) ? " through the gateway:" : " (application-service):"),
                "   TOKEN=$(curl -s " + platform.issuerUri() + "/protocol/openid-connect/token \\",
                "     -d grant_type=password -d client_id=" + RealmFile.DEMO_TEST_CLIENT + " -d username=applicant-a -d 'password=" + realm.demoPassword() + "' \\",
                "     | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')",
                "   curl -s -H \"Authorization: Bearer $TOKEN\" " + target + "/api/applications",
                "");
    }

    /** Where a person reads what an outside system's stand-in received. */
    static String view(Component outside, URI url) {
        return switch (outside) {
            case PAYMENT_SIMULATOR -> "its payments: " + url.resolve("/simulator/payments");
            case SMS_SIMULATOR -> "sent SMS: " + url.resolve("/simulator/messages");
            default -> "";
        };
    }

    /** Pads to a terminal width, counting CJK characters as two columns. */
    static String pad(String text, int width) {
        int columns = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, width - columns));
    }
}
