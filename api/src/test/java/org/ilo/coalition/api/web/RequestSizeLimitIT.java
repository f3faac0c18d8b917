package org.ilo.coalition.api.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body larger than {@code coalition.graphql.max-request-size} is refused with 413 and a GraphQL-shaped
 * {@code BAD_REQUEST} before it is parsed, whether its length is declared or it comes in chunks.
 */
class RequestSizeLimitIT extends ApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Value("${coalition.graphql.max-request-size:1MB}")
	private DataSize limit;

	@Test
	void refusesABodyWhoseDeclaredLengthIsOverTheLimit() throws Exception {
		byte[] body = queryWithUnusedVariable(this.limit.toBytes() + DataSize.ofMegabytes(1).toBytes());

		assertRefused(post(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	@Test
	void refusesAChunkedBodyThatGrowsOverTheLimit() throws Exception {
		byte[] body = queryWithUnusedVariable(this.limit.toBytes() + DataSize.ofMegabytes(1).toBytes());

		assertRefused(post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
	}

	@Test
	void answersOrdinaryQueries() throws Exception {
		byte[] body = "{\"query\":\"{ regions { code } }\"}".getBytes(StandardCharsets.UTF_8);

		for (HttpRequest.BodyPublisher publisher : new HttpRequest.BodyPublisher[] {
				HttpRequest.BodyPublishers.ofByteArray(body),
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)) }) {
			HttpResponse<String> response = post(publisher);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("AFRICA").doesNotContain("errors");
		}
	}

	@Test
	void answersABodyJustUnderTheLimit() throws Exception {
		byte[] body = queryWithUnusedVariable(this.limit.toBytes() - 1024);

		for (HttpRequest.BodyPublisher publisher : new HttpRequest.BodyPublisher[] {
				HttpRequest.BodyPublishers.ofByteArray(body),
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)) }) {
			HttpResponse<String> response = post(publisher);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("AFRICA");
		}
	}

	private void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("message").asText()).contains("larger than").contains(String.valueOf(this.limit.toBytes()));
	}

	/** {@code { regions { code } }} with one unused variable that makes the body {@code size} bytes long. */
	private static byte[] queryWithUnusedVariable(long size) {
		String prefix = "{\"query\":\"{ regions { code } }\",\"variables\":{\"unused\":\"";
		String suffix = "\"}}";
		return (prefix + "x".repeat((int) (size - prefix.length() - suffix.length())) + suffix)
			.getBytes(StandardCharsets.UTF_8);
	}

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
	}

}
