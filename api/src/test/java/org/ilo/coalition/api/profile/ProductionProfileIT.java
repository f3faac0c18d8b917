package org.ilo.coalition.api.profile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.CoalitionApplication;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.webhook.WebhookProperties;
import org.ilo.coalition.graph.test.Neo4jTestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The prod profile needs an external Neo4j and has nothing demo-only (no GraphiQL, introspection or demo accounts), and
 * its errors give away nothing: no suggestions, no schema, no internals.
 */
class ProductionProfileIT {

	@Test
	void refusesToStartWithoutAnExternalNeo4j() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(CoalitionApplication.class).profiles("prod")
			.run("--server.port=0", "--management.server.port=0").close())
			.hasStackTraceContaining("The prod profile needs an external Neo4j: set spring.neo4j.uri");
	}

	@Test
	void startsAgainstAConfiguredNeo4jWithNothingDemoOnlyAndManagementOnItsOwnPort() throws Exception {
		Neo4jTestDatabase database = Neo4jTestDatabase.get();
		String password = database.password();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoalitionApplication.class)
			.profiles("prod")
			.run("--server.port=0", "--server.address=127.0.0.1", "--management.server.port=0",
					"--management.server.address=127.0.0.1", "--spring.neo4j.uri=" + database.uri(),
					"--spring.neo4j.authentication.username=" + (password == null ? "" : "neo4j"),
					"--spring.neo4j.authentication.password=" + (password == null ? "" : password))) {
			String port = context.getEnvironment().getProperty("local.server.port");
			String management = context.getEnvironment().getProperty("local.management.port");

			HttpResponse<String> introspection = post(port, "{\"query\":\"{ __schema { types { name } } }\"}", null);
			assertThat(introspection.body()).contains("errors").doesNotContain("\"types\":[");
			assertThat(get(port, "/graphiql").statusCode()).isEqualTo(404);
			String basic = "Basic " + Base64.getEncoder().encodeToString("secretariat:demo".getBytes());
			HttpResponse<String> me = post(port, "{\"query\":\"{ me { role } }\"}", basic);
			assertThat(me.body()).doesNotContain("SECRETARIAT");
			assertThat(post(port, "{\"query\":\"{ regions { code } }\"}", null).body()).contains("AFRICA");
			assertThat(context.getBean(WebhookProperties.class).allowLoopbackHttp()).as("http:// webhooks to loopback")
				.isFalse();

			HttpResponse<String> readiness = get(management, "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).contains("UP");
			assertThat(get(management, "/actuator/info").body()).contains("\"version\"");
			assertThat(get(management, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
			assertThat(get(port, "/actuator/health").statusCode()).isNotEqualTo(200);
		}
	}

	@Test
	void answersErrorsWithoutSuggestionsSchemaDetailsOrInternals() throws Exception {
		Neo4jTestDatabase database = Neo4jTestDatabase.get();
		String password = database.password();
		String corrupt = "corrupt-" + UUID.randomUUID();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoalitionApplication.class)
			.profiles("prod")
			.run("--server.port=0", "--server.address=127.0.0.1", "--management.server.port=0",
					"--management.server.address=127.0.0.1", "--spring.neo4j.uri=" + database.uri(),
					"--spring.neo4j.authentication.username=" + (password == null ? "" : "neo4j"),
					"--spring.neo4j.authentication.password=" + (password == null ? "" : password));
				Driver driver = database.newDriver()) {
			String port = context.getEnvironment().getProperty("local.server.port");

			String misspelledField = post(port, "{\"query\":\"{ partners(first: 1) { edges { node { nam } } } }\"}", null).body();
			String misspelledEnum = post(port, "{\"query\":\"{ partners(first: 1, filter: {region: AFRIC}) { totalCount } }\"}", null).body();
			String typeIntrospection = post(port, "{\"query\":\"{ __type(name: \\\"Partner\\\") { fields { name } } }\"}", null).body();
			// Data the code cannot read (an unknown partner kind) makes the data fetcher fail unexpectedly.
			driver.executableQuery("CREATE (:Partner {id: $id, name: 'Corrupt', kind: 'NO_SUCH_KIND', membershipStatus: 'ADMITTED'})")
				.withParameters(Map.of("id", corrupt)).execute();
			String internal = post(port, "{\"query\":\"{ partner(id: \\\"" + GlobalId.of("Partner", corrupt)
					+ "\\\") { name kind } }\"}", null).body();

			assertThat(misspelledField).contains("BAD_REQUEST").contains("'nam'").doesNotContainIgnoringCase("did you mean")
				.doesNotContain("'name'");
			assertThat(misspelledEnum).contains("BAD_REQUEST").doesNotContainIgnoringCase("did you mean")
				.doesNotContain("AFRICA");
			assertThat(typeIntrospection).contains("errors").doesNotContain("\"fields\"");
			assertThat(internal).contains("INTERNAL_ERROR").contains("quote reference")
				.doesNotContain("NO_SUCH_KIND").doesNotContain("PartnerKind").doesNotContain("Exception")
				.doesNotContain("org.ilo").doesNotContain("MATCH").doesNotContain("\tat ");
		}
		finally {
			try (Driver driver = database.newDriver()) {
				driver.executableQuery("MATCH (p:Partner {id: $id}) DETACH DELETE p").withParameters(Map.of("id", corrupt))
					.execute();
			}
		}
	}

	private static HttpResponse<String> post(String port, String body, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(String port, String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
