package org.ilo.coalition.api.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile documents are refused before execution: a BAD_REQUEST naming the limit, no Cypher, no stack trace. */
class HostileQueryIT extends ApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Arguments> hostileDocuments() {
		String nested = "name";
		for (int i = 0; i < 6; i++) {
			nested = "workStreams { workStream { lead { " + nested + " } } }";
		}
		String depthBomb = "{ partners { edges { node { " + nested + " } } } }";
		String aliasFlood = "{ " + IntStream.range(0, 200).mapToObj((i) -> "a" + i + ": regions { code }")
			.collect(Collectors.joining(" ")) + " }";
		String costBomb = "{ countries(first: 100) { edges { node { partners { offers { partner { offers { title } } } } } } } }";
		String hugeFirst = "{ partners(first: 2147483647) { edges { node { name } } } }";
		String bigDocument = "{ regions { code } } # " + "x".repeat(2 * 1024 * 1024);
		String fragmentCycle = "{ regions { ...A } } fragment A on Region { countries { region { ...B } } } "
				+ "fragment B on Region { countries { region { ...A } } }";
		String depthBombBesideIntrospection = "{ __schema { queryType { name } } partners { edges { node { " + nested + " } } } }";
		String introspectionDepthBomb = "{ __type(name: \"Partner\") { fields { type { " + "ofType { ".repeat(25) + "name"
				+ " }".repeat(25) + " } } } }";
		String introspectionRepeatingFields = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
		return Stream.of(Arguments.of("depth bomb", depthBomb, "depth"),
				Arguments.of("depth bomb beside introspection", depthBombBesideIntrospection, "depth"),
				Arguments.of("introspection depth bomb", introspectionDepthBomb, "introspection"),
				Arguments.of("introspection repeating fields", introspectionRepeatingFields, "introspection"),
				Arguments.of("alias flood", aliasFlood, "aliased fields"),
				Arguments.of("cost bomb through nested connections", costBomb, "complexity"),
				Arguments.of("first: 2147483647", hugeFirst, "complexity"),
				Arguments.of("2 MB document", bigDocument, "characters"),
				Arguments.of("fragment cycle", fragmentCycle, "Fragment"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileDocuments")
	void refusesBeforeRunningAnyCypher(String name, String document, String mentioned) throws Exception {
		// Twice: the second time the parsed document may come from the cache, and must be refused all the same.
		for (int attempt = 1; attempt <= 2; attempt++) {
			refuses(name + " (attempt " + attempt + ")", document, mentioned);
		}
	}

	private void refuses(String name, String document, String mentioned) throws Exception {
		this.cypher.reset();
		long started = System.nanoTime();

		HttpResponse<String> response = post(JSON.writeValueAsString(JSON.createObjectNode().put("query", document)));

		long millis = (System.nanoTime() - started) / 1_000_000;
		JsonNode errors = JSON.readTree(response.body()).path("errors");
		assertThat(errors.isArray() && errors.size() > 0).as(response.body()).isTrue();
		assertThat(errors.get(0).path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
		assertThat(errors.get(0).path("message").asText()).containsIgnoringCase(mentioned);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("MATCH");
		assertThat(this.cypher.count()).as("Cypher statements run").isZero();
		System.out.printf("HOSTILE %s refused in %d ms%n", name, millis);
	}

	@Test
	void answersTheDirectoryPageAtTheMaximumPageSize() throws Exception {
		String directoryPage = "{ partners(first: 100) { edges { node { id name kind expertise { expertise { code } } "
				+ "offers { id title kind amount unit capacity availableFrom availableUntil languages status "
				+ "thematicAreas { code } countries { iso3 } regions { code } } } } } }";

		HttpResponse<String> response = post(JSON.writeValueAsString(JSON.createObjectNode().put("query", directoryPage)));

		JsonNode answer = JSON.readTree(response.body());
		assertThat(answer.path("errors").isMissingNode()).as(response.body()).isTrue();
		assertThat(answer.path("data").path("partners").path("edges").isArray()).isTrue();
	}

	@Test
	void refusesAnArrayOfOperationsInOneRequest() throws Exception {
		this.cypher.reset();
		String batch = "[" + IntStream.range(0, 100).mapToObj((i) -> "{\"query\":\"{ regions { code } }\"}")
			.collect(Collectors.joining(",")) + "]";

		HttpResponse<String> response = post(batch);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("\tat ");
		assertThat(this.cypher.count()).isZero();
	}

	private HttpResponse<String> post(String body) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
