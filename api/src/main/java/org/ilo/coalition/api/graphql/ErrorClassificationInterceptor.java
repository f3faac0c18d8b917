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

	private static final Pattern VARIABLE = Pattern.compile("^Variable '([^']+)'");

	// graphql-java's validation of a literal: "... argument 'input.deadline' with value ... is not a valid 'Date' - ..."
	private static final Pattern LITERAL_ARGUMENT = Pattern.compile("argument '([^']+)' with value");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			List<GraphQLError> errors = response.getExecutionResult().getErrors().stream()
				.map((error) -> classify(error, request.getVariables())).toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	static GraphQLError classify(GraphQLError error, Map<String, Object> variables) {
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
		Object refusedDate = extensions.remove(DateScalar.REFUSED);
		String argument = refusedDate == null ? null : refusedField(message, variables, refusedDate);
		if (argument != null) {
			extensions.put("argument", argument);
			message = "Argument '" + argument + "' " + DateScalar.EXPECTED + ", was '" + refusedDate + "'";
		}
		else if (message != null && message.contains(DateScalar.EXPECTED)) {
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

	/**
	 * The input field holding a date the scalar refused, as {@code input.deadline}: graphql-java names only the
	 * variable ("Variable 'input' has an invalid value: ..."), so the refused text is looked for inside it. List
	 * indexes are left out, as in the names of other fields. {@code null} when the variable is not named.
	 */
	private static String refusedField(String message, Map<String, Object> variables, Object refused) {
		Matcher variable = VARIABLE.matcher(message);
		if (!variable.find()) {
			return null;
		}
		String name = variable.group(1);
		String path = pathTo(variables.get(name), refused, name);
		return path != null ? path : name;
	}

	private static String pathTo(Object value, Object wanted, String path) {
		if (wanted.equals(value)) {
			return path;
		}
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String found = pathTo(entry.getValue(), wanted, path + "." + entry.getKey());
				if (found != null) {
					return found;
				}
			}
		}
		if (value instanceof List<?> list) {
			for (Object item : list) {
				String found = pathTo(item, wanted, path);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
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
