package org.ilo.coalition.api.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.ilo.coalition.CoalitionApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded Neo4j that starts before the context is stopped again when the application then fails to start. */
class EmbeddedNeo4jEarlyStartIT {

	@TempDir
	Path dataDirectory;

	@Test
	void stopsTheEarlyStartedDatabaseWhenTheStartFailsBeforeTheContextAdoptsIt() throws Exception {
		SpringApplication application = CoalitionApplication.application();
		application.addInitializers((context) -> {
			throw new IllegalStateException("refused by the test");
		});
		EmbeddedNeo4jEarlyStart early = earlyStartOf(application);

		assertThatThrownBy(() -> application.run("--server.port=0",
				"--coalition.neo4j.embedded.data-directory=" + this.dataDirectory))
			.hasMessageContaining("refused by the test");

		assertStopped(early);
	}

	@Test
	void stopsTheEarlyStartedDatabaseWhenTheContextFailsToRefresh() throws Exception {
		SpringApplication application = CoalitionApplication.application();
		EmbeddedNeo4jEarlyStart early = earlyStartOf(application);

		// A read-cache setting the graph model refuses fails the refresh, after the context adopted the database.
		assertThatThrownBy(() -> application.run("--server.port=0", "--coalition.read-cache.max-entries=0",
				"--coalition.neo4j.embedded.data-directory=" + this.dataDirectory))
			.hasStackTraceContaining("max-entries");

		assertStopped(early);
	}

	private static EmbeddedNeo4jEarlyStart earlyStartOf(SpringApplication application) {
		return application.getListeners().stream().filter(EmbeddedNeo4jEarlyStart.class::isInstance)
			.map(EmbeddedNeo4jEarlyStart.class::cast).findFirst().orElseThrow();
	}

	private static void assertStopped(EmbeddedNeo4jEarlyStart early) throws InterruptedException {
		URI bolt = early.starter().orElseThrow().await().boltUri();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (accepts(bolt) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(accepts(bolt)).as("Bolt still listens at %s after the failed start", bolt).isFalse();
	}

	private static boolean accepts(URI bolt) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(bolt.getHost(), bolt.getPort()), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
