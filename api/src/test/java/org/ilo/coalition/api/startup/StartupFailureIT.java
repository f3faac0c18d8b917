package org.ilo.coalition.api.startup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.test.GraphIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graph initialization that fails after the application started: waiting requests are answered 503 at once,
 * readiness is down, and the failure handler (which stops the application outside tests) is called.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "coalition.startup.request-wait=30s", "coalition.warm-up.enabled=false" })
@Import(StartupFailureIT.FailingMigrations.class)
class StartupFailureIT extends GraphIntegrationTest {

	static final CountDownLatch FAIL = new CountDownLatch(1);

	static final CompletableFuture<Throwable> HANDLED = new CompletableFuture<>();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@AfterAll
	static void release() {
		FAIL.countDown();
	}

	@Override
	protected boolean keepsReferenceData() {
		return true;
	}

	@Test
	void aFailedInitializationAnswersUnavailableReportsDownAndStopsTheApplication() throws Exception {
		CompletableFuture<HttpResponse<String>> waiting = CompletableFuture
			.supplyAsync(() -> send(HttpRequest.newBuilder(uri("/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ regions { code } }\"}"))));
		Thread.sleep(500);
		assertThat(waiting).isNotDone();
		long failedAt = System.nanoTime();
		FAIL.countDown();

		HttpResponse<String> answer = waiting.get(30, TimeUnit.SECONDS);
		assertThat(Duration.ofNanos(System.nanoTime() - failedAt)).as("not the whole 30 s wait")
			.isLessThan(Duration.ofSeconds(10));
		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(answer.body()).contains("could not start").contains("UNAVAILABLE").doesNotContain("V0099");
		assertThat(HANDLED.get(10, TimeUnit.SECONDS)).hasMessageContaining("V0099");
		HttpResponse<String> readiness = send(HttpRequest.newBuilder(uri("/actuator/health/readiness")));
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Migrations that fail when the test says so, and a failure handler that records instead of exiting. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingMigrations {

		@Bean
		@Primary
		MigrationRunner failingMigrationRunner(Driver driver) {
			return new MigrationRunner(driver) {
				@Override
				public List<Integer> migrateUnlessRecorded(java.util.Map<Integer, Long> recorded) {
					try {
						FAIL.await(120, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					throw new IllegalStateException("Migration V0099 (test) was changed after it was applied");
				}
			};
		}

		@Bean
		@Primary
		StartupFailureHandler recordingFailureHandler() {
			return HANDLED::complete;
		}

	}

}
