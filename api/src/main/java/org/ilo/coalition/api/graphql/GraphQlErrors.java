package org.ilo.coalition.api.graphql;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLTypeUtil;
import io.micrometer.context.ContextSnapshot;
import org.ilo.coalition.api.neo4j.Neo4jErrors;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.InvalidInputException;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.paging.InvalidCursorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ContextPropagationHelper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every exception a data fetcher throws to a GraphQL error with an {@link ErrorCode}; unexpected ones are logged
 * with a reference and answered without internals (no stack trace, no Cypher).
 */
@ControllerAdvice
public class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorCode.BAD_REQUEST, ex.getMessage(), ex.argument());
	}

	/** A cursor of the right list whose sort key only the repository can tell is not one it issued. */
	@GraphQlExceptionHandler
	GraphQLError invalidCursor(InvalidCursorException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorCode.BAD_REQUEST,
				"Argument 'after' is not a cursor of this list: pass an endCursor it returned", "after");
	}

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorCode.BAD_REQUEST, ex.getMessage(), ex.field());
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorCode.NOT_FOUND, ex.getMessage(), ex.field());
	}

	@GraphQlExceptionHandler
	GraphQLError conflict(ConflictException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorCode.CONFLICT, ex.getMessage(), ex.field());
	}

	@GraphQlExceptionHandler
	GraphQLError concurrentChange(ConcurrencyFailureException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorCode.CONFLICT, "Someone else changed the same data at the same time; retry", null);
	}

	@GraphQlExceptionHandler
	GraphQLError transientFailure(TransientDataAccessException ex, DataFetchingEnvironment environment) {
		// Deadlocks and lock timeouts with concurrent changes: repeatable writes were already retried (see
		// RetryOnTransientError); what reaches here is worth one more try by the client.
		log.info("Transient database error at {}: {}", environment.getExecutionStepInfo().getPath(), ex.getMessage());
		return error(environment, ErrorCode.CONFLICT, "The database was busy with a conflicting change; retry", null);
	}

	@GraphQlExceptionHandler
	GraphQLError duplicate(DataIntegrityViolationException ex, DataFetchingEnvironment environment) {
		// The message of a constraint violation names Cypher internals: keep them in the log, not the response.
		log.info("Constraint violation at {}: {}", environment.getExecutionStepInfo().getPath(), ex.getMessage());
		return error(environment, ErrorCode.CONFLICT, "This would duplicate something that already exists", null);
	}

	/**
	 * A refusal: by {@code @PreAuthorize} (method security runs before the method, so nothing was read or written) or
	 * by an explicit check in a controller. UNAUTHORIZED when signing in could help (the public, or a token without a
	 * role), FORBIDDEN otherwise.
	 */
	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment environment) {
		Caller caller = caller(environment);
		// Method security says only "Access Denied"; the explicit checks name their operation themselves.
		String message = ex instanceof AuthorizationDeniedException ? caller.refusal(operation(environment))
				: ex.getMessage();
		return error(environment, caller.mustSignIn() ? ErrorCode.UNAUTHORIZED : ErrorCode.FORBIDDEN, message, null);
	}

	/** Method security without any authentication (not even anonymous): a call that did not pass the HTTP filters. */
	@GraphQlExceptionHandler
	GraphQLError unauthenticated(AuthenticationException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorCode.UNAUTHORIZED, Caller.ANONYMOUS.refusal(operation(environment)), null);
	}

	/**
	 * The caller as the refused data fetcher saw it, from the request's GraphQL context: a subscription's refusal is
	 * handled only when its stream is subscribed, outside the data fetcher's thread-locals, on a thread that holds the
	 * WebSocket handshake's caller, not the one the {@code connection_init} payload signed in (spring-graphql#1087).
	 */
	private static Caller caller(DataFetchingEnvironment environment) {
		try (ContextSnapshot.Scope scope = ContextPropagationHelper.captureFrom(environment.getGraphQlContext())
			.setThreadLocals()) {
			return Callers.of(SecurityContextHolder.getContext().getAuthentication());
		}
	}

	// "read auditEvents", "call startMatching", "subscribe to matchRunProgress", "read MatchRun.suggestions"
	private static String operation(DataFetchingEnvironment environment) {
		String field = environment.getField().getName();
		String parent = GraphQLTypeUtil.simplePrint(environment.getParentType());
		return switch (parent) {
			case "Query" -> "read " + field;
			case "Mutation" -> "call " + field;
			case "Subscription" -> "subscribe to " + field;
			default -> "read " + parent + "." + field;
		};
	}

	private static GraphQLError error(DataFetchingEnvironment environment, ErrorCode code, String message,
			String field) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError(environment).errorType(code).message(message);
		if (field != null) {
			builder.extensions(Map.of("argument", field));
		}
		return builder.build();
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(RuntimeException ex, DataFetchingEnvironment environment) {
		if (Neo4jErrors.isTransactionTimeout(ex)) {
			// Expected under load or for an expensive query; the statement stays in the log, not in the response.
			log.warn("Transaction timed out at {}: {}", environment.getExecutionStepInfo().getPath(), ex.getMessage());
			return GraphqlErrorBuilder.newError(environment).errorType(ErrorCode.TIMEOUT)
				.message("The database stopped this request at its time limit; ask for less or retry later").build();
		}
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected error {} at {}", reference, environment.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(environment).errorType(ErrorCode.INTERNAL_ERROR)
			.message("Internal error; quote reference " + reference + " to the secretariat").build();
	}

}
