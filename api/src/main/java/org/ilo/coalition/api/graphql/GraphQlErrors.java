package org.ilo.coalition.api.graphql;

import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
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
		return GraphqlErrorBuilder.newError(environment).errorType(ErrorCode.BAD_REQUEST).message(ex.getMessage())
			.extensions(java.util.Map.of("argument", ex.argument())).build();
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return GraphqlErrorBuilder.newError(environment).errorType(ErrorCode.NOT_FOUND).message(ex.getMessage())
			.extensions(java.util.Map.of("argument", ex.argument(), "id", ex.id())).build();
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(RuntimeException ex, DataFetchingEnvironment environment) {
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected error {} at {}", reference, environment.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(environment).errorType(ErrorCode.INTERNAL_ERROR)
			.message("Internal error; quote reference " + reference + " to the secretariat").build();
	}

}
