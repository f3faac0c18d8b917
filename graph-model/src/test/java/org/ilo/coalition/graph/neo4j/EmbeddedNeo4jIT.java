package org.ilo.coalition.graph.neo4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canary for the embedded Bolt path: Neo4j 5.26 runs on the Netty that Boot manages only with its local channel
 * turned off (see {@link EmbeddedNeo4j}). If a Netty or Neo4j upgrade breaks that, these loads fail here first.
 */
class EmbeddedNeo4jIT {

	@TempDir
	static Path directory;

	static EmbeddedNeo4j database;

	static Driver driver;

	@BeforeAll
	static void start() {
		database = EmbeddedNeo4j.start(directory);
		driver = GraphDatabase.driver(database.boltUri(), AuthTokens.none());
	}

	@AfterAll
	static void stop() {
		driver.close();
		database.close();
	}

	@Test
	void listensOnLoopbackBoltOnly() {
		assertThat(database.boltUri().getScheme()).isEqualTo("bolt");
		assertThat(database.boltUri().getHost()).isEqualTo("127.0.0.1");
		assertThat(database.boltUri().getPort()).isPositive();
	}

	@Test
	void streamsTwentyThousandRowsOverBolt() {
		List<Long> values = driver.executableQuery("UNWIND range(1, 20000) AS i RETURN i").execute().records().stream()
			.map((r) -> r.get("i").asLong()).toList();

		assertThat(values).hasSize(20_000).endsWith(20_000L);
	}

	@Test
	void roundTripsATwoMegabyteValue() {
		String big = "x".repeat(2 * 1024 * 1024);

		String back = driver.executableQuery("CREATE (n:BigValue {text: $text}) RETURN n.text AS text")
			.withParameters(Map.of("text", big)).execute().records().get(0).get("text").asString();

		assertThat(back).isEqualTo(big);
	}

	@Test
	void servesEightConcurrentClients() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Long>> results = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				results.add(pool.submit(() -> {
					long sum = 0;
					for (int i = 0; i < 50; i++) {
						sum += driver.executableQuery("UNWIND range(1, 1000) AS i RETURN sum(i) AS s").execute()
							.records().get(0).get("s").asLong();
					}
					return sum;
				}));
			}
			for (Future<Long> result : results) {
				assertThat(result.get()).isEqualTo(50L * 500_500L);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
