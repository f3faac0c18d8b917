package org.ilo.coalition.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPersistedQueryCacheTests {

	@Test
	void keepsOnlyTheMostRecentlyUsedDocuments() throws Exception {
		BoundedPersistedQueryCache cache = new BoundedPersistedQueryCache(2);
		for (String hash : new String[] { "a", "b", "c" }) {
			register(cache, hash, "{ regions { code } }");
		}

		assertThat(cache.size()).isEqualTo(2);
		assertThatThrownBy(() -> cache.getPersistedQueryDocumentAsync("a", byHash(), (text) -> entry(text)))
			.isInstanceOf(PersistedQueryNotFound.class);
		assertThat(cache.getPersistedQueryDocumentAsync("c", byHash(), (text) -> entry(text)).get().hasErrors()).isFalse();
	}

	private static void register(BoundedPersistedQueryCache cache, String hash, String document) throws Exception {
		cache.getPersistedQueryDocumentAsync(hash, ExecutionInput.newExecutionInput(document).build(), (text) -> entry(text))
			.get();
	}

	private static ExecutionInput byHash() {
		return ExecutionInput.newExecutionInput(PersistedQuerySupport.PERSISTED_QUERY_MARKER).build();
	}

	private static PreparsedDocumentEntry entry(String text) {
		return new PreparsedDocumentEntry(Parser.parse(text));
	}

}
