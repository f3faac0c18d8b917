package org.ilo.coalition.graph.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j Community database reachable only through its Bolt connector on loopback.
 *
 * @param boltUri the loopback Bolt URI with the port the connector actually bound
 * @param dataDirectory where the database keeps its files
 */
public record EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, Path dataDirectory) implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** Starts a database in {@code dataDirectory} (created if needed) on {@code boltPort} (0: a free one). */
	public static EmbeddedNeo4j start(Path dataDirectory, int boltPort, long pageCacheBytes, Duration transactionTimeout) {
		long started = System.nanoTime();
		Path home = dataDirectory.toAbsolutePath().normalize();
		SocketAddress address = new SocketAddress("127.0.0.1", boltPort);
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, address)
			.setConfig(BoltConnector.advertised_address, address)
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Neo4j 5.26 is built on Netty 4.1; Boot manages Netty 4.2, whose local (in-JVM) channel Neo4j cannot use.
			// Clients never need it: the application talks to the database over TCP Bolt only.
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			// Without this Netty waits its default quiet period (about 12 s) on every shutdown.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			// Only loopback can reach the connector; authentication adds nothing there.
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
			.setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.build();
		try {
			var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			int port = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT).getPort();
			URI uri = URI.create("bolt://127.0.0.1:" + port);
			log.info("Embedded Neo4j ready at {} (data in {}) after {} ms", uri, home, (System.nanoTime() - started) / 1_000_000);
			return new EmbeddedNeo4j(service, uri, home);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
	}

	/** Starts a database on a free port with a modest page cache and a 60-second transaction timeout. */
	public static EmbeddedNeo4j start(Path dataDirectory) {
		return start(dataDirectory, 0, ByteUnit.mebiBytes(64), Duration.ofSeconds(60));
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.service.shutdown();
		log.info("Embedded Neo4j stopped after {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
