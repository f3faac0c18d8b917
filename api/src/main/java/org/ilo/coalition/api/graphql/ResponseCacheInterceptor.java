package org.ilo.coalition.api.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import graphql.ExecutionResult;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.ilo.coalition.graph.change.GraphChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Answers a query that the public repeats from memory, without executing it, until the application commits its next
 * write or the cache's time to live passes: the public directory is read far more often than it changes.
 *
 * <p>Only anonymous callers over HTTP are served and stored (no {@code Authorization} header: security is stateless,
 * without sessions or cookies), so a response never crosses from one caller's rights to another's. Only queries
 * without errors are stored; mutations and subscriptions always execute.
 */
public class ResponseCacheInterceptor implements WebGraphQlInterceptor {

	private final Cache cache;

	private final GraphChanges changes;

	private final JsonMapper json;

	private final Counter hits;

	private final Counter misses;

	private final Counter shared;

	// One execution per key (and so per count of writes) at a time: identical queries arriving while it runs (after a
	// write, or on a cold start) wait for its answer instead of executing too.
	private final ConcurrentMap<Object, Sinks.One<Cached>> inFlight = new ConcurrentHashMap<>();

	public ResponseCacheInterceptor(Cache cache, GraphChanges changes, JsonMapper json, MeterRegistry meters) {
		this.cache = cache;
		this.changes = changes;
		this.json = json;
		this.hits = Counter.builder("coalition.response.cache.requests").tag("result", "hit")
			.description("Anonymous GraphQL queries answered from the response cache").register(meters);
		this.misses = Counter.builder("coalition.response.cache.requests").tag("result", "miss")
			.description("Anonymous GraphQL queries executed because no current response was cached").register(meters);
		this.shared = Counter.builder("coalition.response.cache.requests").tag("result", "shared")
			.description("Anonymous GraphQL queries answered by an identical query executing at the same time")
			.register(meters);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!anonymous(request)) {
			return chain.next(request);
		}
		// The key holds the count of committed writes taken now, before any reading: an answer executed while a write
		// commits is stored under a count that nobody asks for again.
		Object key = this.changes.key(Key.of(request));
		Cached hit = this.cache.get(key, Cached.class);
		if (hit != null) {
			this.hits.increment();
			return Mono.just(hit.toResponse(request));
		}
		Sinks.One<Cached> mine = Sinks.one();
		Sinks.One<Cached> running = this.inFlight.putIfAbsent(key, mine);
		if (running != null) {
			// An execution that ends without an answer to keep (errors, a mutation, a cancelled client) leaves each
			// waiting request to execute itself.
			return running.asMono().map((cached) -> {
				this.shared.increment();
				return cached.toResponse(request);
			}).switchIfEmpty(Mono.defer(() -> {
				this.misses.increment();
				return chain.next(request);
			}));
		}
		this.misses.increment();
		return chain.next(request).doOnNext((response) -> {
			if (cacheable(response)) {
				Cached cached = Cached.of(response, this.json);
				this.cache.put(key, cached);
				mine.tryEmitValue(cached);
			}
		}).doFinally((signal) -> {
			this.inFlight.remove(key, mine);
			mine.tryEmitEmpty();
		});
	}

	private static boolean anonymous(WebGraphQlRequest request) {
		if (request instanceof WebSocketGraphQlRequest || request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
			return false;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	private static boolean cacheable(WebGraphQlResponse response) {
		return response.isValid() && response.getErrors().isEmpty()
				&& response.getExecutionInput().getGraphQLContext().get(OperationKindInstrumentation.KEY)
						== OperationDefinition.Operation.QUERY;
	}

	/**
	 * What a response depends on besides the graph and the caller: the document (or, for a persisted query sent by
	 * hash, its hash), the operation chosen and the variables.
	 */
	public record Key(String document, @Nullable String persistedQueryHash, @Nullable String operationName,
			Map<String, Object> variables) {

		static Key of(WebGraphQlRequest request) {
			String hash = null;
			if (request.getExtensions().get(DocumentProvider.PERSISTED_QUERY) instanceof Map<?, ?> persisted
					&& persisted.get("sha256Hash") instanceof String sha256) {
				hash = sha256.toLowerCase(Locale.ROOT);
			}
			String document = PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(request.getDocument()) ? ""
					: request.getDocument();
			return new Key(document, hash, request.getOperationName(), request.getVariables());
		}

	}

	/**
	 * The data of a response without errors, written as JSON once (the HTTP handler copies it out as it is), and its
	 * extensions.
	 */
	public record Cached(RawValue data, @Nullable Map<Object, Object> extensions, long weight) {

		static Cached of(WebGraphQlResponse response, JsonMapper json) {
			String data = json.writeValueAsString(response.getData());
			// Not Map.copyOf: an extension may hold a null value.
			Map<Object, Object> extensions = response.getExtensions().isEmpty() ? null
					: Collections.unmodifiableMap(new LinkedHashMap<>(response.getExtensions()));
			// Characters twice (the string, then its UTF-8 bytes on first use), extensions at a rough flat rate.
			return new Cached(new RawValue(new SerializedString(data)), extensions,
					256 + 3L * data.length() + (extensions == null ? 0 : 1024));
		}

		WebGraphQlResponse toResponse(WebGraphQlRequest request) {
			ExecutionResult result = ExecutionResult.newExecutionResult().data(this.data).extensions(this.extensions)
				.build();
			return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		}

	}

}
