package org.ilo.coalition.api.neo4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;

import org.ilo.coalition.CoalitionApplication;
import org.ilo.coalition.graph.neo4j.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no Neo4j URI configured the application starts its own Neo4j on loopback, fills it with demo data once,
 * reaches it over Bolt only, and finds its data again after a restart.
 */
class EmbeddedDefaultIT {

	@TempDir
	Path dataDirectory;

	@Test
	void startsAnEmbeddedDatabaseWithDemoDataThatSurvivesARestart() throws Exception {
		long partnersAtFirstStart;
		try (ConfigurableApplicationContext context = start()) {
			EmbeddedNeo4j database = context.getBean(EmbeddedNeo4j.class);
			assertThat(database.dataDirectory()).isEqualTo(this.dataDirectory.toAbsolutePath().normalize());
			assertThat(database.boltUri().toString()).startsWith("bolt://127.0.0.1:");
			// The driver depends on the connection details, which depend on the database: the driver closes first.
			assertThat(context.getBeanFactory().getDependenciesForBean("neo4jDriver"))
				.contains("embeddedNeo4jConnectionDetails");
			assertThat(context.getBeanFactory().getDependenciesForBean("embeddedNeo4jConnectionDetails"))
				.contains("embeddedNeo4j");
			assertThat(context.getBean(Neo4jConnectionDetails.class).getUri()).isEqualTo(database.boltUri());

			partnersAtFirstStart = totalPartners(context);
			assertThat(partnersAtFirstStart).isGreaterThanOrEqualTo(300);
			context.getBean(Neo4jClient.class).query("CREATE (:RestartMarker {at: datetime()})").run();
		}

		try (ConfigurableApplicationContext context = start()) {
			assertThat(totalPartners(context)).as("demo data is not generated twice").isEqualTo(partnersAtFirstStart);
			assertThat(context.getBean(Neo4jClient.class).query("MATCH (m:RestartMarker) RETURN count(m)")
				.fetchAs(Long.class).one()).contains(1L);
		}
	}

	private ConfigurableApplicationContext start() {
		// As main() starts it; command-line arguments, so that they win over application.yaml as an operator's would.
		return SpringApplication.run(CoalitionApplication.class, "--server.port=0",
				"--coalition.neo4j.embedded.data-directory=" + this.dataDirectory, "--coalition.demo-data.reference-date=2026-11-01");
	}

	private static long totalPartners(ConfigurableApplicationContext context) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					// The secretariat sees pending and rejected applications too; the public only admitted partners.
					.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("secretariat:demo".getBytes()))
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ partners(first: 1) { totalCount } }\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		String digits = body.replaceAll(".*\"totalCount\":(\\d+).*", "$1");
		assertThat(digits).as(body).matches("\\d+");
		return Long.parseLong(digits);
	}

}
