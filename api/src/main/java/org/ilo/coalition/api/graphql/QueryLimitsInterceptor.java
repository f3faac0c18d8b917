package org.ilo.coalition.api.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.NodeVisitorStub;
import graphql.language.NodeTraverser;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Refuses documents that are too long or hold too many aliases before graphql-java executes anything; depth and cost
 * are checked by graphql-java's own instrumentations after validation, also before execution.
 */
public class QueryLimitsInterceptor implements WebGraphQlInterceptor, Ordered {

	private final QueryLimitsProperties limits;

	// Alias counts of recent documents: counting means parsing, which the same query should not pay every time.
	private final Map<String, Integer> aliasCounts = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
			return size() > 500;
		}
	});

	public QueryLimitsInterceptor(QueryLimitsProperties limits) {
		this.limits = limits;
	}

	/** Inside the request-id and persisted-query interceptors, outside everything else. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String document = request.getDocument();
		if (document.length() > this.limits.maxDocumentCharacters()) {
			return refuse(request, "Document has " + document.length() + " characters; the limit is "
					+ this.limits.maxDocumentCharacters());
		}
		int aliases = this.aliasCounts.computeIfAbsent(document, QueryLimitsInterceptor::countAliases);
		if (aliases > this.limits.maxAliases()) {
			return refuse(request, "Document has " + aliases + " aliased fields; the limit is " + this.limits.maxAliases());
		}
		return chain.next(request);
	}

	// A document that does not parse is left to graphql-java, which reports the syntax error itself.
	private static int countAliases(String text) {
		Document document;
		try {
			document = Parser.parse(text);
		}
		catch (InvalidSyntaxException ex) {
			return 0;
		}
		AtomicInteger aliases = new AtomicInteger();
		new NodeTraverser().depthFirst(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field field, TraverserContext<graphql.language.Node> context) {
				if (field.getAlias() != null) {
					aliases.incrementAndGet();
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		return aliases.get();
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().errorType(ErrorCode.BAD_REQUEST).message(message).build())
			.build();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
