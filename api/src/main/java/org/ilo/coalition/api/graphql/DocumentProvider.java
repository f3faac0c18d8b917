package org.ilo.coalition.api.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;

/**
 * Where graphql-java gets parsed and validated documents: requests with {@code extensions.persistedQuery} (Apollo's
 * automatic persisted queries) from the persisted-query cache, by hash; all others from the {@link DocumentCache}, by
 * text. Depth and cost are checked at every execution, whichever cache the document came from. The document is left in
 * the execution's context for {@link VariableErrorPaths}.
 */
public class DocumentProvider implements PreparsedDocumentProvider {

	/** The extension that marks an automatic persisted query. */
	public static final String PERSISTED_QUERY = "persistedQuery";

	private final DocumentCache documents;

	private final ApolloPersistedQuerySupport persistedQueries;

	public DocumentProvider(DocumentCache documents, BoundedPersistedQueryCache persistedQueries) {
		this.documents = documents;
		this.persistedQueries = new ApolloPersistedQuerySupport(persistedQueries);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Map<String, Object> extensions = executionInput.getExtensions();
		CompletableFuture<PreparsedDocumentEntry> entry = extensions != null && extensions.get(PERSISTED_QUERY) instanceof Map
				? this.persistedQueries.getDocumentAsync(executionInput, parseAndValidate)
				: this.documents.getDocumentAsync(executionInput, parseAndValidate);
		// graphql-java hands instrumentations the document only when it parses it, not when it comes from a cache.
		return entry.thenApply((found) -> {
			if (found.getDocument() != null) {
				executionInput.getGraphQLContext().put(VariableErrorPaths.DOCUMENT, found.getDocument());
			}
			return found;
		});
	}

}
