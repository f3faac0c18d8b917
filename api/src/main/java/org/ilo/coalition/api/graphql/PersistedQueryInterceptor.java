package org.ilo.coalition.api.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Checks the {@code extensions.persistedQuery} of automatic persisted queries before anything is stored or run:
 * version 1, a SHA-256 hash in hex and, when the document comes along, that it is the document's hash. A mismatch is a
 * {@code BAD_REQUEST}; otherwise a document registered under one hash could be replaced by another.
 */
public class PersistedQueryInterceptor implements WebGraphQlInterceptor {

	private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object extension = request.getExtensions().get(DocumentProvider.PERSISTED_QUERY);
		if (extension == null) {
			return chain.next(request);
		}
		if (!(extension instanceof Map<?, ?> persisted)) {
			return refuse(request, "extensions.persistedQuery must be an object with version and sha256Hash");
		}
		if (!(persisted.get("version") instanceof Number version) || version.intValue() != 1) {
			return refuse(request, "PersistedQueryNotSupported: only version 1 of persisted queries is supported");
		}
		if (!(persisted.get("sha256Hash") instanceof String hash) || !SHA_256.matcher(hash).matches()) {
			return refuse(request, "extensions.persistedQuery.sha256Hash must be 64 hexadecimal characters");
		}
		String document = request.getDocument();
		if (!PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(document) && !sha256(document).equalsIgnoreCase(hash)) {
			return refuse(request, "provided sha does not match query");
		}
		return chain.next(request);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().errorType(ErrorCode.BAD_REQUEST).message(message).build())
			.build();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
