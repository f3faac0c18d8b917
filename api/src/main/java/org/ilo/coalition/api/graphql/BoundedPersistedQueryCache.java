package org.ilo.coalition.api.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

/**
 * The documents registered through automatic persisted queries, by SHA-256 hash, the least recently used ones dropped
 * beyond a fixed number (graphql-java's {@code InMemoryPersistedQueryCache} grows without bound, so anyone could fill
 * the heap by registering documents). Documents with errors are not kept.
 */
public class BoundedPersistedQueryCache implements PersistedQueryCache {

	private final Map<Object, PreparsedDocumentEntry> entries;

	public BoundedPersistedQueryCache(int capacity) {
		this.entries = Collections.synchronizedMap(new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
				return size() > capacity;
			}
		});
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss) throws PersistedQueryNotFound {
		PreparsedDocumentEntry entry = this.entries.get(persistedQueryId);
		if (entry != null) {
			return CompletableFuture.completedFuture(entry);
		}
		String query = executionInput.getQuery();
		if (query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)) {
			throw new PersistedQueryNotFound(persistedQueryId);
		}
		entry = onCacheMiss.apply(query);
		if (!entry.hasErrors()) {
			this.entries.put(persistedQueryId, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are registered now. */
	public int size() {
		return this.entries.size();
	}

}
