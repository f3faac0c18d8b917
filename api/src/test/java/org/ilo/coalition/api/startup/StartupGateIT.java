package org.ilo.coalition.api.startup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.test.GraphIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph is initialized beside the context: the application is up (health probes answer) while the initialization
 * is held back here just before its end (migrations, reference data and catalog done), requests wait at the gate (and are answered 503 when the wait runs out), readiness is out of
 * service, and once the initialization is done the waiting request gets a real answer and readiness is up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "coalition.startup.request-wait=3s", "coalition.warm-up.enabled=false" })
@Import(StartupGateIT.HeldInitialization.class)
class StartupGateIT extends GraphIntegrationTest {

	static final CountDownLatch RELEASE = new CountDownLatch(1);

	private static final String REGIONS = "{\"query\":\"{ regions { code } }\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	StartupGate gate;

	@Autowired
	GraphChanges changes;

	@AfterAll
	static void release() {
		RELEASE.countDown();
	}

	@Override
	protected boolean keepsReferenceData() {
		return true;
	}

	@Test
	void requestsWaitForTheGraphInitializationAndReadinessFollowsIt() throws Exception {
		assertThat(this.gate.state()).isEqualTo(StartupGate.State.STARTING);
		HttpResponse<String> liveness = get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("OUT_OF_SERVICE");

		long started = System.nanoTime();
		HttpResponse<String> tooEarly = post(REGIONS);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for the gate")
			.isGreaterThanOrEqualTo(Duration.ofMillis(2900));
		assertThat(tooEarly.statusCode()).isEqualTo(503);
		assertThat(tooEarly.headers().firstValue("Retry-After")).contains("5");
		assertThat(tooEarly.body()).contains("\"classification\":\"UNAVAILABLE\"").doesNotContain("\"data\"");

		long generation = this.changes.generation();
		CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> post(REGIONS));
		Thread.sleep(300);
		assertThat(waiting).as("held at the gate").isNotDone();
		RELEASE.countDown();

		HttpResponse<String> answer = waiting.get(60, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"code\":\"AFRICA\"").doesNotContain("errors");
		assertThat(this.gate.state()).isEqualTo(StartupGate.State.READY);
		assertThat(this.changes.generation()).as("read caches drop what was read before").isGreaterThan(generation);
		readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"");
	}

	private HttpResponse<String> post(String body) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(90))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A reference catalog that, once refreshed at start-up, holds the initialization until the test lets it end. */
	@TestConfiguration(proxyBeanMethods = false)
	static class HeldInitialization {

		@Bean
		@Primary
		ReferenceCatalog heldReferenceCatalog(Driver driver) {
			return new ReferenceCatalog(driver) {
				@Override
				public void refresh() {
					super.refresh();
					try {
						RELEASE.await(120, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
			};
		}

	}

}
