package cn.dalian.laborbrand.gateway;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import cn.dalian.laborbrand.platform.security.PlatformClaims;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** Tokens an attacker could make: the test issuer's claims, but no signature of its keys. */
public final class ForgedTokens {

    /** Not one of the issuer's keys, named by a key id the issuer never published. */
    private static final RSAKey FORGER = generate();

    private ForgedTokens() {
    }

    /** A genuine token whose signature was replaced. */
    public static String withBadSignature(TestUser user) {
        String token = Tokens.of(user);
        return token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
    }

    /** A token with every claim the platform wants, signed by a key the issuer does not have, under a key id it never used. */
    public static String withUnknownKeyId(TestUser user) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(PlatformTestInfrastructure.tokenIssuer().issuerUrl(PlatformTestInfrastructure.ISSUER_ID).toString())
                .subject("sub-" + user.username())
                .audience(PlatformClaims.API_AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(1, ChronoUnit.HOURS)))
                .claim(PlatformClaims.PREFERRED_USERNAME, user.username())
                .claim(PlatformClaims.REALM_ACCESS, Map.of(PlatformClaims.ROLES, user.roles().stream().map(Enum::name).toList()))
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(FORGER.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            token.sign(new RSASSASigner(FORGER));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("forged-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
