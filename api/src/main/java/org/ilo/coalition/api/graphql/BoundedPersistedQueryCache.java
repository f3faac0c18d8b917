package org.ilo.coalition.api.graphql;

import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

/**
 * The documents registered through automatic persisted queries, by SHA-256 hash, in a Caffeine cache bounded to a fixed
 * number of documents (graphql-java's {@code InMemoryPersistedQueryCache} grows without bound, so anyone could fill
 * the heap by registering documents). Once full, Caffeine chooses what to keep by frequency as well as recency (not
 * strictly the most recently used, as the hand-written LRU map before it did): a new document may then not be kept
 * until it is registered again, which Apollo clients do after {@code PersistedQueryNotFound}. Documents with errors are
 * not kept.
 */
public class BoundedPersistedQueryCache implements PersistedQueryCache {

	private final Cache<Object, PreparsedDocumentEntry> entries;

	public BoundedPersistedQueryCache(int capacity) {
		this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss) throws PersistedQueryNotFound {
		PreparsedDocumentEntry entry = this.entries.getIfPresent(persistedQueryId);
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
	public long size() {
		this.entries.cleanUp();
		return this.entries.estimatedSize();
	}

}
