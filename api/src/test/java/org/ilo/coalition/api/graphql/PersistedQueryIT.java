package org.ilo.coalition.api.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic persisted queries (Apollo's protocol) over HTTP: an unknown hash asks for the document, hash and document
 * register it, the hash alone runs it, a wrong hash is refused, and the query limits hold for documents sent by hash.
 */
class PersistedQueryIT extends ApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void asksForAnUnknownDocumentThenRunsItByHashOnceRegistered() throws Exception {
		String document = "{ regions { code } }";
		String hash = PersistedQueryInterceptor.sha256(document);

		JsonNode unknown = post(null, hash);
		JsonNode registered = post(document, hash);
		this.cypher.reset();
		JsonNode byHash = post(null, hash);

		JsonNode notFound = unknown.path("errors").get(0);
		assertThat(notFound.path("message").asText()).isEqualTo("PersistedQueryNotFound");
		assertThat(notFound.path("extensions").path("code").asText()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(notFound.path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
		assertThat(registered.path("data").path("regions").size()).isEqualTo(5);
		assertThat(byHash.path("errors").isMissingNode()).as(byHash.toString()).isTrue();
		assertThat(byHash.path("data")).isEqualTo(registered.path("data"));
	}

	@Test
	void refusesADocumentThatDoesNotMatchItsHashAndRegistersNothing() throws Exception {
		String hash = PersistedQueryInterceptor.sha256("{ regions { name } }");

		JsonNode mismatch = post("{ regions { code } }", hash);
		JsonNode afterwards = post(null, hash);

		assertThat(mismatch.path("errors").get(0).path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
		assertThat(mismatch.path("errors").get(0).path("message").asText()).contains("does not match");
		assertThat(mismatch.path("data").path("regions").isMissingNode() || mismatch.path("data").isNull()).isTrue();
		assertThat(afterwards.path("errors").get(0).path("message").asText()).isEqualTo("PersistedQueryNotFound");
	}

	@Test
	void refusesAnUnsupportedVersionOrAMalformedHash() throws Exception {
		ObjectNode version2 = JSON.createObjectNode();
		version2.putObject("extensions").putObject("persistedQuery").put("version", 2)
			.put("sha256Hash", PersistedQueryInterceptor.sha256("{ regions { code } }"));
		JsonNode unsupported = JSON.readTree(send(version2.toString()).body());
		JsonNode malformed = post(null, "not-a-hash");

		assertThat(unsupported.path("errors").get(0).path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
		assertThat(malformed.path("errors").get(0).path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void stillRefusesAHostileDocumentReplayedByHash() throws Exception {
		String nested = "name";
		for (int i = 0; i < 6; i++) {
			nested = "workStreams { workStream { lead { " + nested + " } } }";
		}
		String depthBomb = "{ partners { edges { node { " + nested + " } } } }";
		String costBomb = "{ countries(first: 100) { edges { node { partners { offers { partner { offers { title } } } } } } } }";
		for (String[] hostile : new String[][] { { depthBomb, "depth" }, { costBomb, "complexity" } }) {
			String hash = PersistedQueryInterceptor.sha256(hostile[0]);
			this.cypher.reset();

			JsonNode registering = post(hostile[0], hash);
			JsonNode replayed = post(null, hash);
			JsonNode replayedAgain = post(null, hash);

			for (JsonNode response : new JsonNode[] { registering, replayed, replayedAgain }) {
				JsonNode error = response.path("errors").get(0);
				assertThat(error).as(response.toString()).isNotNull();
				assertThat(error.path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
				assertThat(error.path("message").asText()).containsIgnoringCase(hostile[1]);
			}
			assertThat(this.cypher.count()).as("Cypher statements run").isZero();
		}
	}

	private JsonNode post(String document, String hash) throws Exception {
		ObjectNode body = JSON.createObjectNode();
		if (document != null) {
			body.put("query", document);
		}
		body.putObject("extensions").putObject("persistedQuery").put("version", 1).put("sha256Hash", hash);
		HttpResponse<String> response = send(body.toString());
		assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(String body) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
