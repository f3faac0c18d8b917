package org.ilo.coalition.api.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionInitCredentialsTests {

	private final ConnectionInitCredentials credentials = new ConnectionInitCredentials();

	@Test
	void readsBasicCredentialsUnderAnyCaseOfTheKeyAndScheme() {
		String encoded = Base64.getEncoder().encodeToString("state-KEN:de:mo".getBytes(StandardCharsets.UTF_8));

		for (Map<String, Object> payload : List.<Map<String, Object>>of(Map.of("Authorization", "Basic " + encoded),
				Map.of("authorization", "basic " + encoded), Map.of("AUTHORIZATION", "BASIC " + encoded))) {
			assertThat(read(payload)).as(payload.toString())
				.isInstanceOfSatisfying(UsernamePasswordAuthenticationToken.class, (token) -> {
					assertThat(token.isAuthenticated()).isFalse();
					assertThat(token.getName()).isEqualTo("state-KEN");
					assertThat(token.getCredentials()).as("split at the first colon").isEqualTo("de:mo");
				});
		}
	}

	@Test
	void leavesBearerTokensToSpringForGraphQlsExtractor() {
		assertThat(read(Map.of("authorization", "Bearer abc.def.ghi")))
			.isInstanceOfSatisfying(BearerTokenAuthenticationToken.class,
					(token) -> assertThat(token.getToken()).isEqualTo("abc.def.ghi"));
	}

	@Test
	void findsNoCredentialsWithoutTheKey() {
		assertThat(read(Map.of())).isNull();
		assertThat(read(Map.of("client", "a browser"))).isNull();
	}

	@Test
	void refusesWhatIsNotAWellFormedCredential() {
		for (Object value : List.of("Basic not-base64!", "Basic " + Base64.getEncoder().encodeToString(
				"no colon".getBytes(StandardCharsets.UTF_8)), "Digest x", "", "Bearer two words", 42,
				Map.of("token", "x"))) {
			assertThatThrownBy(() -> read(Map.of("Authorization", value))).as(String.valueOf(value))
				.isInstanceOf(AuthenticationException.class);
		}
	}

	private Authentication read(Map<String, Object> payload) {
		return this.credentials.getAuthentication(payload).block();
	}

}
