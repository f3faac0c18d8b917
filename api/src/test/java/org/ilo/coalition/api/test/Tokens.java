package org.ilo.coalition.api.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs the tests' own JWTs with a key pair made for the test JVM; the application verifies them with the public key
 * it reads from {@link #publicKeyLocation()}, as it would read an identity provider's key in production.
 */
public final class Tokens {

	private static final RSAKey KEY;

	private static final Path PUBLIC_KEY;

	static {
		try {
			KEY = new RSAKeyGenerator(2048).keyID("test").generate();
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEY.toRSAPublicKey().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			PUBLIC_KEY = Files.createTempFile("coalition-test-jwt", ".pem");
			Files.writeString(PUBLIC_KEY, pem);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Tokens() {
	}

	/** The {@code spring.security.oauth2.resourceserver.jwt.public-key-location} value. */
	public static String publicKeyLocation() {
		return PUBLIC_KEY.toUri().toString();
	}

	/** A token valid for ten minutes with the given role and, when not {@code null}, partner id and country. */
	public static String token(String subject, String role, String partnerId, String country) {
		return token(subject, List.of(role), partnerId, country);
	}

	/** A token valid for ten minutes whose {@code roles} claim lists {@code roles}. */
	public static String token(String subject, List<String> roles, String partnerId, String country) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
			.issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
		if (partnerId != null) {
			claims.claim("partner_id", partnerId);
		}
		if (country != null) {
			claims.claim("country", country);
		}
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
					claims.build());
			jwt.sign(new RSASSASigner(KEY));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token signed by a key the application does not trust. */
	public static String forgedToken(String role) {
		try {
			RSAKey other = new RSAKeyGenerator(2048).generate();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(),
					new JWTClaimsSet.Builder().subject("mallory").claim("roles", List.of(role))
						.expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
			jwt.sign(new RSASSASigner(other));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
