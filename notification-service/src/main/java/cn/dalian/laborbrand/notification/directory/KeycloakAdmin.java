package cn.dalian.laborbrand.notification.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Keycloak's Admin REST API as the notification service's own service account reads it (client credentials; the token is
 * kept and renewed by Spring Security's OAuth2 client). Every failure to get an answer (unreachable, timeout, 5xx, no
 * token, refused) is a {@link DirectoryUnavailableException}: the caller tries again later.
 */
@Component
class KeycloakAdmin {

    private static final String REGISTRATION = "keycloak-directory";
    private static final int PAGE = 100;

    private final RestClient admin;

    KeycloakAdmin(DirectoryProperties properties, RestClient.Builder builder) {
        ClientHttpRequestFactory requests = requestFactory(properties);
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(properties.clientId()).clientSecret(properties.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(properties.tokenUri())
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        RestClientClientCredentialsTokenResponseClient tokens = new RestClientClientCredentialsTokenResponseClient();
        tokens.setRestClient(RestClient.builder().requestFactory(requests)
                .configureMessageConverters(converters -> converters.addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        AuthorizedClientServiceOAuth2AuthorizedClientManager clients = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        clients.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(credentials -> credentials.accessTokenResponseClient(tokens)).build());
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(clients);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION);
        this.admin = builder.clone().baseUrl(properties.adminBase()).requestFactory(requests).requestInterceptor(bearer).build();
    }

    /** Everybody holding the realm role, every page of them; none when the realm has no such role. */
    List<KeycloakUser> usersInRole(String role) {
        List<KeycloakUser> users = new ArrayList<>();
        for (int first = 0;; first += PAGE) {
            int from = first;
            KeycloakUser[] page = call(() -> admin.get()
                    .uri("/roles/{role}/users?briefRepresentation=false&first={first}&max={max}", role, from, PAGE)
                    .retrieve().body(KeycloakUser[].class));
            users.addAll(Arrays.asList(page));
            if (page.length < PAGE) {
                return users;
            }
        }
    }

    /** The user of exactly this username (Keycloak's search matches parts of names unless told exact). */
    List<KeycloakUser> usersNamed(String username) {
        KeycloakUser[] found = call(() -> admin.get()
                .uri("/users?username={username}&exact=true&briefRepresentation=false", username)
                .retrieve().body(KeycloakUser[].class));
        return Arrays.stream(found).filter(user -> username.equals(user.username())).toList();
    }

    /** Keycloak's answer, none for an empty body or a role the realm does not have. */
    private static KeycloakUser[] call(Supplier<KeycloakUser[]> request) {
        try {
            KeycloakUser[] users = request.get();
            return users == null ? new KeycloakUser[0] : users;
        } catch (HttpClientErrorException.NotFound noSuchRole) {
            return new KeycloakUser[0];
        } catch (HttpClientErrorException e) {
            // 401/403: the service account is not allowed to view users — a set-up error operators must fix; meanwhile nothing is lost
            throw new DirectoryUnavailableException("Keycloak refused the directory's request (" + e.getStatusCode() + ")", e);
        } catch (RestClientException | OAuth2AuthorizationException e) {
            throw new DirectoryUnavailableException("Keycloak cannot answer now: " + e.getMessage(), e);
        }
    }

    private static ClientHttpRequestFactory requestFactory(DirectoryProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        return requests;
    }
}
