package org.ilo.coalition.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives the errors that graphql-java raises itself (syntax, validation, argument coercion) the same
 * {@link ErrorCode} classifications as the errors of our data fetchers, so clients handle one vocabulary.
 */
@Component
public class ErrorClassificationInterceptor implements WebGraphQlInterceptor {

	// graphql-java's validation of a literal: "... argument 'input.deadline' with value ... is not a valid 'Date' - ..."
	private static final Pattern LITERAL_ARGUMENT = Pattern.compile("argument '([^']+)' with value");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			List<GraphQLError> errors = response.getExecutionResult().getErrors().stream()
				.map(ErrorClassificationInterceptor::classify).toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	static GraphQLError classify(GraphQLError error) {
		ErrorClassification classification = error.getErrorType();
		if (classification instanceof ErrorCode) {
			return error;
		}
		ErrorCode code = codeOf(classification);
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.remove("classification");
		String message = error.getMessage();
		// Variables that failed to coerce are named by VariableErrorPaths; literals are named here.
		if (message != null && message.contains(DateScalar.EXPECTED) && !extensions.containsKey("argument")) {
			Matcher literal = LITERAL_ARGUMENT.matcher(message);
			if (literal.find()) {
				extensions.put("argument", literal.group(1));
				message = "Argument '" + literal.group(1) + "' " + message.substring(message.indexOf(DateScalar.EXPECTED));
			}
		}
		// Apollo clients recognise these by code (and by message) and then send the document along with its hash.
		if (classification instanceof PersistedQueryNotFound) {
			extensions.put("code", "PERSISTED_QUERY_NOT_FOUND");
		}
		else if (classification instanceof PersistedQueryIdInvalid) {
			extensions.put("code", "PERSISTED_QUERY_ID_INVALID");
		}
		return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations())
			.path(error.getPath()).extensions(extensions).errorType(code).build();
	}

	private static ErrorCode codeOf(ErrorClassification classification) {
		if (classification == null) {
			return ErrorCode.INTERNAL_ERROR;
		}
		if (classification instanceof PersistedQueryError) {
			return ErrorCode.BAD_REQUEST;
		}
		String name = classification.toString();
		for (ErrorCode code : ErrorCode.values()) {
			if (code.name().equals(name)) {
				return code;
			}
		}
		return switch (name) {
			// BadFaithIntrospection: graphql-java's refusal of an introspection query too deep or repeating fields.
			case "ValidationError", "InvalidSyntax", "OperationNotSupported", "ExecutionAborted", "BadFaithIntrospection" ->
				ErrorCode.BAD_REQUEST;
			default -> ErrorCode.INTERNAL_ERROR;
		};
	}

}
