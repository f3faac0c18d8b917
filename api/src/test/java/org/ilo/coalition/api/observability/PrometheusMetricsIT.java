package org.ilo.coalition.api.observability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator scrapes: GraphQL timings, the Neo4j driver's connection pool and the matching runs. */
class PrometheusMetricsIT extends ApiIntegrationTest {

	@Test
	void exposesGraphQlTimingsTheNeo4jConnectionPoolAndMatchingRuns() throws IOException, InterruptedException {
		this.graphQl.document("{ partners(first: 1) { totalCount } }").execute().path("partners.totalCount").hasValue();

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("graphql_request_seconds_count", "graphql_datafetcher_seconds_count",
				"coalition_matching_runs_active");
		assertThat(response.body().lines().filter((line) -> line.startsWith("db_client_connection_count{")))
			.as("the driver's pool, in use and idle")
			.anySatisfy((line) -> assertThat(line).contains("db_system_name=\"neo4j\"", "state=\"used\""))
			.anySatisfy((line) -> assertThat(line).contains("state=\"idle\""));
	}

	@Test
	void timesRootFieldsButNotNestedFieldsResolvedFromMemory() throws IOException, InterruptedException {
		// A partner, so that the nested fields really resolve (an empty page would time nothing but the root).
		new GraphFixture(this.neo4jClient).partner("Rights Network", PartnerKind.NGO, "KEN");
		// The registry lives as long as the test context: other tests may have timed the root field Query.country.
		List<String> before = datafetcherCounts();
		this.graphQl.document("{ partners(first: 5) { edges { node { id country { iso3 } } } } }").execute()
			.path("partners.edges[0].node.country.iso3").entity(String.class).isEqualTo("KEN");

		List<String> after = datafetcherCounts();
		assertThat(after).anySatisfy((line) -> assertThat(line).contains("graphql_field_name=\"partners\""))
			.filteredOn((line) -> !before.contains(line))
			.noneSatisfy((line) -> assertThat(line).containsAnyOf("graphql_field_name=\"country\"",
					"graphql_field_name=\"id\""));
	}

	private List<String> datafetcherCounts() throws IOException, InterruptedException {
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		return body.lines().filter((line) -> line.startsWith("graphql_datafetcher_seconds_count{")).toList();
	}


}
