package org.ilo.coalition.api.graphql;

import java.util.List;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which documents Caffeine keeps once the cache is full is its policy (frequency as well as recency), so only the bound
 * is asserted, not which documents were dropped.
 */
class BoundedPersistedQueryCacheTests {

	@Test
	void keepsNoMoreDocumentsThanItsCapacity() throws Exception {
		BoundedPersistedQueryCache cache = new BoundedPersistedQueryCache(2);
		for (String hash : new String[] { "a", "b", "c", "d", "e" }) {
			register(cache, hash, (text) -> new PreparsedDocumentEntry(Parser.parse(text)));
		}

		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void servesARegisteredDocumentByHashAndAnUnknownHashNot() throws Exception {
		BoundedPersistedQueryCache cache = new BoundedPersistedQueryCache(10);
		register(cache, "a", (text) -> new PreparsedDocumentEntry(Parser.parse(text)));

		assertThat(cache.getPersistedQueryDocumentAsync("a", byHash(), (text) -> {
			throw new AssertionError("parsed again");
		}).get().hasErrors()).isFalse();
		assertThatThrownBy(() -> cache.getPersistedQueryDocumentAsync("b", byHash(), (text) -> null))
			.isInstanceOf(PersistedQueryNotFound.class);
	}

	@Test
	void doesNotKeepADocumentWithErrors() throws Exception {
		BoundedPersistedQueryCache cache = new BoundedPersistedQueryCache(10);

		register(cache, "a", (text) -> new PreparsedDocumentEntry(
				List.of(GraphqlErrorBuilder.newError().errorType(ErrorCode.BAD_REQUEST).message("refused").build())));

		assertThat(cache.size()).isZero();
	}

	private static void register(BoundedPersistedQueryCache cache, String hash,
			Function<String, PreparsedDocumentEntry> parse) throws Exception {
		cache.getPersistedQueryDocumentAsync(hash, ExecutionInput.newExecutionInput("{ regions { code } }").build(),
				parse::apply).get();
	}

	private static ExecutionInput byHash() {
		return ExecutionInput.newExecutionInput(PersistedQuerySupport.PERSISTED_QUERY_MARKER).build();
	}

}
