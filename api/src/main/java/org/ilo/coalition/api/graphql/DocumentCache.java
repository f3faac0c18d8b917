package org.ilo.coalition.api.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated form of recent documents (a bounded Caffeine cache), so that the front ends'
 * repeated queries skip parsing and validation; validation does not depend on variables, so the text is the key.
 */
public class DocumentCache implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> entries;

	public DocumentCache(int capacity) {
		this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String key = executionInput.getQuery();
		PreparsedDocumentEntry entry = this.entries.getIfPresent(key);
		if (entry == null) {
			entry = parseAndValidate.apply(executionInput);
			// Documents with errors are not kept: a flood of bad documents must not push out the good ones.
			if (!entry.hasErrors()) {
				this.entries.put(key, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are kept now. */
	public long size() {
		this.entries.cleanUp();
		return this.entries.estimatedSize();
	}

}
