package org.ilo.coalition.api.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.TransientFaults;
import org.ilo.coalition.api.test.Tokens;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request has an id: echoed or generated, in the response header, in GraphQL errors and in its log lines. */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIT extends ApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Autowired
	TransientFaults faults;

	@Test
	void echoesAValidRequestIdAndPutsItInGraphQlErrors() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ regionz { code } }\"}", "client-7f3a.42", null);

		assertThat(response.headers().firstValue("X-Request-Id")).contains("client-7f3a.42");
		JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
		assertThat(error.path("extensions").path("requestId").asText()).isEqualTo("client-7f3a.42");
		assertThat(error.path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void generatesAnIdWhenNoneOrAnUnsafeOneIsSent() throws Exception {
		HttpResponse<String> none = post("{\"query\":\"{ regions { code } }\"}", null, null);
		HttpResponse<String> unsafe = post("{\"query\":\"{ regions { code } }\"}", "bad id\"<script>", null);
		HttpResponse<String> tooLong = post("{\"query\":\"{ regions { code } }\"}", "a".repeat(65), null);

		assertThat(none.headers().firstValue("X-Request-Id")).hasValueSatisfying((id) -> assertThat(id).matches(UUID_PATTERN));
		assertThat(unsafe.headers().firstValue("X-Request-Id")).hasValueSatisfying((id) -> assertThat(id).matches(UUID_PATTERN));
		assertThat(tooLong.headers().firstValue("X-Request-Id")).hasValueSatisfying((id) -> assertThat(id).matches(UUID_PATTERN));
		assertThat(none.headers().firstValue("X-Request-Id")).isNotEqualTo(unsafe.headers().firstValue("X-Request-Id"));
	}

	@Test
	void putsTheIdOnTheLogLinesWrittenWhileTheRequestIsHandled(CapturedOutput output) throws Exception {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String partner = fixture.partner("Skills Alliance", PartnerKind.NGO, "KEN");
		String offer = fixture.offer(partner, "Training", "TRAINING", List.of("EMPLOYMENT"), List.of("KEN"));
		// The retry of the injected deadlock logs a warning from inside the data fetcher.
		this.faults.failNext("SET o.title = coalesce", 1);
		try {
			String body = "{\"query\":\"mutation($input: OfferUpdateInput!) { updateOffer(input: $input) { version } }\","
					+ "\"variables\":{\"input\":{\"id\":\"" + GlobalId.of("Offer", offer) + "\",\"version\":0,\"title\":\"Logged\"}}}";
			HttpResponse<String> response = post(body, "log-line-check-1", "Bearer " + Tokens.token("p", "PARTNER", partner, null));
			assertThat(response.body()).contains("\"version\":1");
		}
		finally {
			this.faults.disarm();
		}

		List<String> retryLines = output.getOut().lines().filter((line) -> line.contains("failed with a transient error")).toList();
		assertThat(retryLines).isNotEmpty().allSatisfy((line) -> assertThat(line).contains("[log-line-check-1]"));
	}

	private HttpResponse<String> post(String body, String requestId, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
