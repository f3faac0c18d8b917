package org.ilo.coalition.graph.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

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
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j Community database that is reachable only through its Bolt connector on loopback.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService managementService;

	private final URI boltUri;

	private final Path dataDirectory;

	private EmbeddedNeo4j(DatabaseManagementService managementService, URI boltUri, Path dataDirectory) {
		this.managementService = managementService;
		this.boltUri = boltUri;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts a database in {@code dataDirectory} (created if needed) and waits until Bolt accepts connections.
	 */
	public static EmbeddedNeo4j start(Path dataDirectory, int boltPort, long pageCacheBytes, Duration transactionTimeout) {
		Objects.requireNonNull(dataDirectory, "dataDirectory");
		long started = System.nanoTime();
		Path home = dataDirectory.toAbsolutePath().normalize();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Neo4j 5.26 is built on Netty 4.1; Boot manages Netty 4.2, whose local (in-JVM) channel
			// Neo4j cannot use. Clients never need it: the app talks to the database over TCP Bolt only.
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
			GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			HostnamePort bolt = database.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			if (bolt == null) {
				throw new IllegalStateException("Embedded Neo4j started without a Bolt connector");
			}
			URI uri = URI.create("bolt://127.0.0.1:" + bolt.getPort());
			log.info("Embedded Neo4j ready at {} (data in {}) after {} ms", uri, home,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
			return new EmbeddedNeo4j(service, uri, home);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
	}

	/** Starts a database with a modest page cache and a 60-second transaction timeout. */
	public static EmbeddedNeo4j start(Path dataDirectory) {
		return start(dataDirectory, 0, ByteUnit.mebiBytes(64), Duration.ofSeconds(60));
	}

	/** The Bolt URI on loopback that clients use, with the port the connector actually bound. */
	public URI boltUri() {
		return this.boltUri;
	}

	/** Where the database keeps its files. */
	public Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.managementService.shutdown();
		log.info("Embedded Neo4j stopped after {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

}
