package org.ilo.coalition.api.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The error page is no endpoint of its own: asked for directly it is a 404, like any unknown path. */
class ErrorPathIT extends ApiIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest(name = "GET {0}")
	@ValueSource(strings = { "/error", "/error/", "/error?x=1", "/no-such-path", "/graphql/no-such-path" })
	void isNotFound(String path) throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("999").doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void postedToDirectlyIsNotFoundEither() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/error"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("999");
	}

	@Test
	void stillRendersRealErrors() throws Exception {
		HttpResponse<String> malformed = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{not json")));

		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).doesNotContain("999").doesNotContain("\tat ");
		HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/no-such-path")).header("Accept", "application/json").GET());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).as("rendered by the error page").contains("\"status\":404");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
