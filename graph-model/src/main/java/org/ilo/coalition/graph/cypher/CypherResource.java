package org.ilo.coalition.graph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Statements too long to read inside Java (over about 60 lines) live in {@code src/main/resources/cypher/} as
 * {@code .cypher} files, loaded once when their class is initialized; the tests that run them (PROFILE and results)
 * load them the same way.
 */
public final class CypherResource {

	private CypherResource() {
	}

	/** The statement in {@code cypher/<path>} on the classpath. */
	public static String load(String path) {
		try (InputStream in = CypherResource.class.getResourceAsStream("/cypher/" + path)) {
			if (in == null) {
				throw new IllegalStateException("No Cypher resource cypher/" + path + " on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read cypher/" + path, ex);
		}
	}

}
