package org.ilo.coalition.api.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated form of the most recent documents, so that the front ends' repeated queries skip
 * parsing and validation; validation does not depend on variables, so the text is the key.
 */
public class DocumentCache implements PreparsedDocumentProvider {

	private final Map<String, PreparsedDocumentEntry> entries;

	public DocumentCache(int capacity) {
		this.entries = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > capacity;
			}
		});
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String key = executionInput.getQuery();
		PreparsedDocumentEntry entry = this.entries.get(key);
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
	public int size() {
		return this.entries.size();
	}

}
