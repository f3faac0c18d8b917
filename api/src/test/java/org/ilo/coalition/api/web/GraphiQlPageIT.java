package org.ilo.coalition.api.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.introspection.IntrospectionQuery;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL works offline: the page and everything it loads come from the application, a Content-Security-Policy
 * keeps it that way, and the page always talks to this application's own endpoint, whatever the URL says.
 */
class GraphiQlPageIT extends ApiIntegrationTest {

	private static final Pattern REFERENCE = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@Test
	void servesThePageWithoutAnyScriptOrStyleFromElsewhereAndWithAContentSecurityPolicy() throws Exception {
		HttpResponse<String> page = get("/graphiql");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).doesNotContain("https://").doesNotContain("http://").doesNotContain("esm.sh");
		String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(policy).contains("default-src 'none'").contains("script-src 'self'")
			.doesNotContain("unsafe-eval").doesNotContain("https:");
		assertThat(directive(policy, "script-src")).doesNotContain("unsafe-inline");
		assertThat(directive(policy, "connect-src")).contains("'self'").contains("ws://127.0.0.1:" + this.port);
	}

	@Test
	void servesEveryAssetThePageReferences() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		List<String> references = references(page.body());

		assertThat(references).as("scripts and style sheets of the page").hasSizeGreaterThanOrEqualTo(5);
		for (String reference : references) {
			assertThat(reference).as("a path on this origin").startsWith("/").doesNotStartWith("//");
			HttpResponse<String> asset = get(reference);
			assertThat(asset.statusCode()).as(reference).isEqualTo(200);
			assertThat(asset.body()).as(reference).isNotBlank();
			String type = asset.headers().firstValue("Content-Type").orElse("");
			assertThat(type).as(reference).matches(reference.endsWith(".css") ? "text/css.*" : "(text|application)/javascript.*");
		}
	}

	/**
	 * Subscriptions go through GraphiQL's own fetcher with {@code subscriptionUrl}, whose graphql-ws client (bundled in
	 * GraphiQL) sends the Headers tab's headers as the {@code connection_init} payload: {@code getWsFetcher} of
	 * {@code @graphiql/toolkit} merges {@code wsConnectionParams} and the headers into the client's
	 * {@code connectionParams}. Checked here in the bundle as served, so that an upgrade of GraphiQL that drops it fails
	 * this test; what a browser then sends is not run here.
	 */
	@Test
	void subscribesWithTheHeadersTabInTheConnectionInitPayloadThroughGraphiQlsOwnClient() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		List<String> references = references(page.body());

		assertThat(page.body()).contains("data-websocket-path=\"/graphql\"");
		assertThat(references).as("no separate graphql-ws client").noneMatch((reference) -> reference.contains("graphql-ws"));
		assertThat(get("/graphiql/assets/graphql-ws.min.js").statusCode()).isEqualTo(404);

		String script = get(pageScript(page.body())).body();
		assertThat(script).contains("options.subscriptionUrl =").doesNotContain("wsClient").doesNotContain("graphqlWs");

		String graphiQl = get(references.stream().filter((reference) -> reference.endsWith("/graphiql.min.js")).findFirst()
			.orElseThrow(() -> new AssertionError("no graphiql.min.js in " + page.body()))).body();
		assertThat(graphiQl).as("getWsFetcher: the headers go into the connection params of a subscriptionUrl")
			.containsPattern("if\\(\\w+\\.subscriptionUrl\\)return \\w+\\(\\w+\\.subscriptionUrl,Object\\.assign\\("
					+ "Object\\.assign\\(\\{\\},\\w+\\.wsConnectionParams\\),null==(\\w+)\\?void 0:\\1\\.headers\\)\\)");
		assertThat(graphiQl).as("createWebsocketsFetcherFromUrl: a graphql-ws client with those connection params")
			.containsPattern("\\{createClient:\\w+\\}=\\w+\\(\\d+\\);return \\w+=\\w+\\(\\{url:\\w+,connectionParams:\\w+\\}\\)")
			.as("the graphql-ws client itself, bundled").contains("graphql-transport-ws").contains("connection_init");
	}

	@Test
	void answersTheIntrospectionQueryOfGraphiQlSoThatItShowsTheDocs() throws Exception {
		// graphql-java's copy of the standard introspection query, which nests ofType to depth 13 like GraphiQL's.
		HttpResponse<String> answer = postQuery(IntrospectionQuery.INTROSPECTION_QUERY);

		assertThat(answer.body()).doesNotContain("\"errors\"").contains("\"queryType\":{\"name\":\"Query\"}")
			.contains("\"name\":\"Partner\"");
	}

	@Test
	void servesTheWebJarsOnlyThroughThePageAndNothingElseFromTheClassPath() throws Exception {
		assertThat(get("/webjars/react/18.3.1/umd/react.production.min.js").statusCode()).isEqualTo(404);
		assertThat(get("/graphiql/assets/application.yaml").statusCode()).isEqualTo(404);
		assertThat(get("/graphiql/assets/..%2Fapplication.yaml").statusCode()).isIn(400, 404);
	}

	@Test
	void alwaysUsesTheApplicationsOwnEndpointWhateverTheUrlSays() throws Exception {
		HttpResponse<String> page = get("/graphiql?path=https://elsewhere.example/&wsPath=//elsewhere.example/ws");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("elsewhere");
		for (String reference : references(page.body())) {
			if (reference.endsWith(".js")) {
				assertThat(get(reference).body()).as(reference).doesNotContain("elsewhere");
			}
		}
		String script = get(pageScript(page.body())).body();
		assertThat(script).as("the page's own script reads no endpoint from the URL")
			.doesNotContain("location.search").doesNotContain("URLSearchParams").doesNotContain("location.hash");
	}

	private HttpResponse<String> postQuery(String query) throws Exception {
		String body = JsonMapper.builder().build().writeValueAsString(Map.of("query", query));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String pageScript(String html) {
		return references(html).stream().filter((reference) -> reference.endsWith("/coalition-graphiql.js")).findFirst()
			.orElseThrow(() -> new AssertionError("no page script in " + html));
	}

	private static List<String> references(String html) {
		List<String> references = new ArrayList<>();
		Matcher matcher = REFERENCE.matcher(html);
		while (matcher.find()) {
			references.add(matcher.group(1).replace("&amp;", "&"));
		}
		return references;
	}

	private static String directive(String policy, String name) {
		for (String directive : policy.split(";")) {
			if (directive.trim().startsWith(name + " ")) {
				return directive.trim();
			}
		}
		return "";
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
