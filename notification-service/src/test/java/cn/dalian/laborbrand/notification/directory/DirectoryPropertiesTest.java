package cn.dalian.laborbrand.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class DirectoryPropertiesTest {

    @Test
    void theAdminApiAndTokenEndpointFollowFromTheRealmsIssuer() {
        DirectoryProperties properties = properties("http://127.0.0.1:8180/realms/laborbrand", null);

        assertThat(properties.adminBase()).isEqualTo("http://127.0.0.1:8180/admin/realms/laborbrand");
        assertThat(properties.tokenUri()).isEqualTo("http://127.0.0.1:8180/realms/laborbrand/protocol/openid-connect/token");
    }

    @Test
    void anAdminUriOfItsOwnAlsoNamesTheTokenEndpoint() {
        // given services that reach Keycloak by another host name than the browsers (the issuer)
        DirectoryProperties properties = properties("http://localhost:8180/realms/laborbrand", "http://keycloak:8080/admin/realms/laborbrand/");

        assertThat(properties.adminBase()).isEqualTo("http://keycloak:8080/admin/realms/laborbrand");
        assertThat(properties.tokenUri()).isEqualTo("http://keycloak:8080/realms/laborbrand/protocol/openid-connect/token");
    }

    private static DirectoryProperties properties(String issuer, String admin) {
        return new DirectoryProperties(URI.create(issuer), admin == null ? null : URI.create(admin), "notification-service", "secret",
                null, null, null);
    }
}
