package org.ilo.coalition.api.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.ilo.coalition.CoalitionApplication;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.Tokens;
import org.ilo.coalition.graph.test.Neo4jTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bearer token that cannot be verified is refused with 401 before GraphQL runs, whether or not a JWT decoder is
 * configured: it is never read as "no token", i.e. as the public.
 */
class BearerTokenIT extends ApiIntegrationTest {

	private static final String ME = "{\"query\":\"{ me { role } }\"}";

	@Test
	void refusesForgedUnsignedAndGarbageTokensWhenADecoderIsConfigured() throws Exception {
		String port = String.valueOf(this.port);
		for (String token : unverifiableTokens()) {
			assertThat(post(port, "Bearer " + token).statusCode()).as(token).isEqualTo(401);
		}
		HttpResponse<String> valid = post(port, "Bearer " + Tokens.token("someone", "SECRETARIAT", null, null));
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(valid.body()).contains("SECRETARIAT");
	}

	@Test
	void refusesEveryBearerTokenWhenNoDecoderIsConfiguredAndStillServesThePublicAndTheDemoAccounts() throws Exception {
		Neo4jTestDatabase database = Neo4jTestDatabase.get();
		String password = database.password();
		// No spring.security.oauth2.resourceserver.jwt.* property: like the embedded default out of the box.
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoalitionApplication.class)
			.run("--server.port=0", "--spring.neo4j.uri=" + database.uri(),
					"--spring.neo4j.authentication.username=" + (password == null ? "" : "neo4j"),
					"--spring.neo4j.authentication.password=" + (password == null ? "" : password),
					"--coalition.security.demo-accounts=true", "--coalition.warm-up.enabled=false")) {
			String port = context.getEnvironment().getProperty("local.server.port");

			List<String> tokens = new ArrayList<>(unverifiableTokens());
			tokens.add(Tokens.token("someone", "SECRETARIAT", null, null));
			for (String token : tokens) {
				assertThat(post(port, "Bearer " + token).statusCode()).as(token).isEqualTo(401);
			}
			HttpResponse<String> anonymous = post(port, null);
			assertThat(anonymous.statusCode()).isEqualTo(200);
			assertThat(anonymous.body()).contains("PUBLIC");
			String basic = "Basic " + Base64.getEncoder().encodeToString("secretariat:demo".getBytes(StandardCharsets.UTF_8));
			assertThat(post(port, basic).body()).contains("SECRETARIAT");
		}
	}

	private static List<String> unverifiableTokens() {
		String unsignedHeader = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
		String claims = base64Url("{\"sub\":\"mallory\",\"roles\":[\"SECRETARIAT\"],\"exp\":4102444800}");
		return List.of(Tokens.forgedToken("SECRETARIAT"), unsignedHeader + "." + claims + ".", "garbage",
				"not-a.jwt.at-all");
	}

	private static String base64Url(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> post(String port, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ME));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
