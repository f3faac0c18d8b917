package org.ilo.coalition.api.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded Neo4j that starts when no {@code spring.neo4j.uri} is configured.
 *
 * @param dataDirectory where the database keeps its files; data survives restarts
 * @param boltPort the loopback port of the Bolt connector; 0 picks a free one
 * @param pageCache memory for caching store files
 * @param transactionTimeout longest a transaction may run before the database ends it
 */
@ConfigurationProperties("coalition.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data/neo4j") Path dataDirectory, @DefaultValue("0") int boltPort,
		@DefaultValue("128MB") DataSize pageCache, @DefaultValue("60s") Duration transactionTimeout) {
}
