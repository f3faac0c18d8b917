package org.ilo.coalition.api.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.springframework.graphql.server.support.AuthenticationExtractor;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

/**
 * The credentials of a graphql-ws {@code connection_init} payload, under {@code Authorization} in any case, as the
 * header would carry them: {@code Basic <base64 of username:password>} for a demo account, anything else read by Spring
 * for GraphQL's {@link BearerTokenAuthenticationExtractor}, which takes bearer tokens only and refuses other schemes.
 * No such key means no credentials; a value that is not a well-formed credential is an error, which closes the
 * connection, so that it is never read as no credentials.
 */
final class ConnectionInitCredentials implements AuthenticationExtractor {

	private static final String BASIC = "Basic ";

	private final AuthenticationExtractor bearer = new BearerTokenAuthenticationExtractor();

	@Override
	public Mono<Authentication> getAuthentication(Map<String, Object> payload) {
		Object value = authorization(payload);
		if (value != null && !(value instanceof String)) {
			return Mono.error(new BadCredentialsException("Authorization in connection_init is not a string"));
		}
		if (value instanceof String credentials && StringUtils.startsWithIgnoreCase(credentials, BASIC)) {
			return Mono.fromCallable(() -> basic(credentials.substring(BASIC.length()).trim()));
		}
		return this.bearer.getAuthentication(payload);
	}

	// The exact key first, then any case of it, as BearerTokenAuthenticationExtractor looks it up.
	private static Object authorization(Map<String, Object> payload) {
		String key = BearerTokenAuthenticationExtractor.AUTHORIZATION_KEY;
		if (payload.containsKey(key)) {
			return payload.get(key);
		}
		return payload.entrySet().stream().filter((entry) -> key.equalsIgnoreCase(entry.getKey()))
			.map(Map.Entry::getValue).findFirst().orElse(null);
	}

	// As Spring Security's BasicAuthenticationConverter reads the header, which takes a servlet request, not a value.
	private static Authentication basic(String encoded) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new BadCredentialsException("Failed to decode basic authentication token");
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			throw new BadCredentialsException("Invalid basic authentication token");
		}
		return UsernamePasswordAuthenticationToken.unauthenticated(decoded.substring(0, colon),
				decoded.substring(colon + 1));
	}

}
