package org.ilo.coalition.api.startup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ilo.coalition.CoalitionApplication;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.test.Neo4jTestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The graph is initialized on Boot's lifecycle before the web server starts: the application starts with an
 * initialized graph and ready, or does not start at all.
 */
class GraphInitializerIT {

	private final AtomicBoolean serving = new AtomicBoolean();

	private final AtomicBoolean initializedWhenServing = new AtomicBoolean();

	@Test
	void startsTheWebServerOnlyOnceTheGraphIsInitializedAndThenAcceptsTraffic() throws Exception {
		try (ConfigurableApplicationContext context = application().run(arguments())) {
			assertThat(this.serving).isTrue();
			assertThat(this.initializedWhenServing).as("graph initialized before the web server started").isTrue();
			assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
				.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
			String port = context.getEnvironment().getProperty("local.server.port");
			HttpResponse<String> readiness = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void aFailingGraphInitializationFailsTheApplicationStartBeforeTheWebServerServes() {
		assertThatThrownBy(() -> application().sources(FailingMigrations.class).run(arguments()).close())
			.hasStackTraceContaining("Migration V0099 (test) was changed after it was applied");
		assertThat(this.serving).isFalse();
	}

	private SpringApplicationBuilder application() {
		ApplicationListener<WebServerInitializedEvent> listener = (event) -> {
			this.serving.set(true);
			this.initializedWhenServing.set(event.getApplicationContext().getBean(GraphInitializer.class).isRunning());
		};
		return new SpringApplicationBuilder(CoalitionApplication.class).listeners(listener);
	}

	private static String[] arguments() {
		Neo4jTestDatabase database = Neo4jTestDatabase.get();
		String password = database.password();
		return new String[] { "--server.port=0", "--server.address=127.0.0.1", "--spring.neo4j.uri=" + database.uri(),
				"--spring.neo4j.authentication.username=" + (password == null ? "" : "neo4j"),
				"--spring.neo4j.authentication.password=" + (password == null ? "" : password) };
	}

	/** Not a configuration class, so that component scanning never finds it; registered only as a source above. */
	static class FailingMigrations {

		@Bean
		@Primary
		MigrationRunner failingMigrationRunner(Driver driver) {
			return new MigrationRunner(driver) {
				@Override
				public List<Integer> migrate() {
					throw new IllegalStateException("Migration V0099 (test) was changed after it was applied");
				}
			};
		}

	}

}
