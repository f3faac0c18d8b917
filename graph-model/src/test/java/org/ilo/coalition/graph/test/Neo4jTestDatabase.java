package org.ilo.coalition.graph.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.ilo.coalition.graph.neo4j.EmbeddedNeo4j;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one Neo4j of a test JVM: Testcontainers' Neo4j where a Docker engine answers, else an embedded database on
 * loopback. Either way tests reach it only over Bolt, as the application does in production.
 */
public final class Neo4jTestDatabase {

	private static final Logger log = LoggerFactory.getLogger(Neo4jTestDatabase.class);

	private static volatile Neo4jTestDatabase instance;

	private final URI uri;

	private final String password;

	private final String kind;

	private Neo4jTestDatabase(URI uri, String password, String kind) {
		this.uri = uri;
		this.password = password;
		this.kind = kind;
	}

	/** Starts the database on first use and keeps it for the rest of the JVM. */
	public static Neo4jTestDatabase get() {
		Neo4jTestDatabase current = instance;
		if (current == null) {
			synchronized (Neo4jTestDatabase.class) {
				current = instance;
				if (current == null) {
					current = start();
					warmUp(current);
					instance = current;
				}
			}
		}
		return current;
	}

	private static Neo4jTestDatabase start() {
		if (!Boolean.getBoolean("coalition.test.embedded-only") && dockerAvailable()) {
			Neo4jContainer container = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("test-password");
			container.start();
			log.info("Tests use Testcontainers' Neo4j at {}", container.getBoltUrl());
			return new Neo4jTestDatabase(URI.create(container.getBoltUrl()), "test-password", "testcontainers");
		}
		try {
			Path directory = Files.createTempDirectory("coalition-test-neo4j");
			EmbeddedNeo4j embedded = EmbeddedNeo4j.start(directory, 0, ByteUnit.mebiBytes(128), Duration.ofSeconds(120));
			Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-neo4j-shutdown"));
			return new Neo4jTestDatabase(embedded.boltUri(), null, "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	// The first query on a cold database compiles Cypher and warms the page cache; do it before any test's clock runs.
	private static void warmUp(Neo4jTestDatabase database) {
		try (Driver driver = database.newDriver()) {
			driver.verifyConnectivity();
			driver.executableQuery("MATCH (n) RETURN count(n) AS c").execute();
		}
	}

	public URI uri() {
		return this.uri;
	}

	/** {@code embedded} or {@code testcontainers}. */
	public String kind() {
		return this.kind;
	}

	public AuthToken authToken() {
		return this.password == null ? AuthTokens.none() : AuthTokens.basic("neo4j", this.password);
	}

	/** The password to configure Spring with, or {@code null} when the database has no authentication. */
	public String password() {
		return this.password;
	}

	public Driver newDriver() {
		return GraphDatabase.driver(this.uri, authToken());
	}

}
