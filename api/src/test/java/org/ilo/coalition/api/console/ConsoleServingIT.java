package org.ilo.coalition.api.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's files as the application serves them: where, with which headers, and nothing from elsewhere. */
class ConsoleServingIT extends ApiIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void thePageIsServedAtConsoleWithAPolicyThatAllowsThisOriginOnly() throws Exception {
		for (String path : List.of("/console", "/console/", "/console/index.html")) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.body()).contains("<base href=\"/console/\">", "content=\"/graphql\"",
					"<script type=\"module\" src=\"js/app.js\"></script>", "<html lang=\"en\">");
			String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
			assertThat(policy).contains("default-src 'none'", "script-src 'self';", "connect-src 'self' ws://127.0.0.1:"
					+ this.port + " wss://127.0.0.1:" + this.port + ";", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "http");
		}
	}

	@Test
	void itsFilesAndTheChartLibraryAreServedAndNothingElse() throws Exception {
		assertThat(get("/console/js/app.js").headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/javascript"));
		assertThat(get("/console/messages/fr.json").statusCode()).isEqualTo(200);
		assertThat(get("/console/css/console.css").headers().firstValue("Content-Security-Policy")).isPresent();
		HttpResponse<String> echarts = get("/console/vendor/echarts.esm.min.js");
		assertThat(echarts.statusCode()).isEqualTo(200);
		assertThat(echarts.body()).contains("export");
		for (String missing : List.of("/console/js/nothing.js", "/console/vendor/other.js",
				"/console/application.yaml", "/console/js")) {
			assertThat(get(missing).statusCode()).as(missing).isEqualTo(404);
		}
		// Dot segments and encoded slashes are refused before any handler (the firewall's 400), or not found.
		for (String outside : List.of("/console/..%2Fapplication.yaml", "/console/js/../../application.yaml")) {
			assertThat(get(outside).statusCode()).as(outside).isIn(400, 404);
		}
	}

	/**
	 * The console's requests carry {@code X-Requested-With}: refused Basic credentials are then a plain 401, without the
	 * challenge that makes a browser open its own sign-in dialog; other clients still get the challenge.
	 */
	@Test
	void refusedCredentialsOfTheConsoleGetAPlain401() throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString("coordinator:wrong".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { role } }\"}"));
		HttpResponse<String> plain = this.http.send(request.copy().header("X-Requested-With", "XMLHttpRequest").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.statusCode()).isEqualTo(401);
		assertThat(plain.headers().firstValue("WWW-Authenticate")).isEmpty();
		HttpResponse<String> challenged = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(challenged.statusCode()).isEqualTo(401);
		assertThat(challenged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(challenge) -> assertThat(challenge).startsWith("Basic"));
	}

	/** Every file of the console is the project's own and names no address outside the application. */
	@Test
	void noFileOfTheConsoleReferencesAnotherOrigin() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:/console/**/*.*");
		assertThat(files).hasSizeGreaterThanOrEqualTo(5);
		Pattern url = Pattern.compile("(?:https?:)?//[A-Za-z0-9.-]+\\.[a-z]{2,}|wss?://|@import|url\\(");
		List<String> found = new ArrayList<>();
		for (Resource file : files) {
			String text = file.getContentAsString(StandardCharsets.UTF_8);
			Matcher matcher = url.matcher(text);
			while (matcher.find()) {
				found.add(file.getFilename() + ": " + matcher.group());
			}
		}
		assertThat(found).isEmpty();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
