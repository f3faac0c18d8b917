package org.ilo.coalition.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.InputMapDefinesTooManyFieldsException;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.execution.TypeFromAST;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Names the field inside a variable that failed to coerce, as {@code input.amount} or {@code input.thematicAreas[1]},
 * in the message and in {@code extensions.argument}. graphql-java 25 reports such failures by variable only ("Variable
 * 'input' has an invalid value: ...", the inner exception's path is empty), so the variable's raw value is walked
 * again against its declared type, with the same coercing of scalars and enums, to find the first field that fails.
 */
public class VariableErrorPaths extends SimplePerformantInstrumentation {

	/** Where {@link DocumentProvider} leaves the operation's document for this instrumentation. */
	static final String DOCUMENT = VariableErrorPaths.class.getName() + ".document";

	private static final Pattern VARIABLE = Pattern.compile("^Variable '([^']+)'");

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (result.getErrors().isEmpty() || !result.getErrors().stream().anyMatch(VariableErrorPaths::isCoercionError)) {
			return CompletableFuture.completedFuture(result);
		}
		Document document = parameters.getExecutionInput().getGraphQLContext().get(DOCUMENT);
		List<GraphQLError> errors = result.getErrors().stream()
			.map((error) -> named(error, parameters.getSchema(), document, parameters.getOperation(),
					parameters.getVariables()))
			.toList();
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.errors(errors)));
	}

	private static boolean isCoercionError(GraphQLError error) {
		return error instanceof CoercingParseValueException || error instanceof NonNullableValueCoercedAsNullException
				|| error instanceof InputMapDefinesTooManyFieldsException;
	}

	private static GraphQLError named(GraphQLError error, GraphQLSchema schema, Document document, String operationName,
			Map<String, Object> variables) {
		if (!isCoercionError(error) || document == null) {
			return error;
		}
		Matcher named = VARIABLE.matcher(String.valueOf(error.getMessage()));
		// Most messages name the variable; one with an undefined field ("The variables input contains a field name
		// ...") does not, so then every variable is walked.
		String only = named.find() ? named.group(1) : null;
		Map<String, Object> values = variables == null ? Map.of() : variables;
		return variableDefinitions(document, operationName).stream()
			.filter((definition) -> only == null || only.equals(definition.getName()))
			.map((definition) -> inputType(schema, definition)
				.flatMap((type) -> refusal(type, values.get(definition.getName()), definition.getName())))
			.flatMap(Optional::stream)
			.findFirst()
			.map((refusal) -> {
				Map<String, Object> extensions = new LinkedHashMap<>();
				if (error.getExtensions() != null) {
					extensions.putAll(error.getExtensions());
				}
				extensions.put("argument", refusal.path());
				return GraphqlErrorBuilder.newError().message(refusal.message()).locations(error.getLocations())
					.path(error.getPath()).extensions(extensions).errorType(error.getErrorType()).build();
			})
			.orElse(error);
	}

	private static List<VariableDefinition> variableDefinitions(Document document, String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		return operations.stream()
			.filter((operation) -> operationName == null ? operations.size() == 1 : operationName.equals(operation.getName()))
			.flatMap((operation) -> operation.getVariableDefinitions().stream())
			.toList();
	}

	private static Optional<GraphQLInputType> inputType(GraphQLSchema schema, VariableDefinition definition) {
		return TypeFromAST.getTypeFromAST(schema, definition.getType()) instanceof GraphQLInputType type ? Optional.of(type)
				: Optional.empty();
	}

	/** The first field of {@code value} that {@code type} refuses, depth first in the order of the type's fields. */
	static Optional<Refusal> refusal(GraphQLType type, Object value, String path) {
		if (type instanceof GraphQLNonNull nonNull) {
			if (value == null) {
				return Optional.of(new Refusal(path, "must not be null (type '" + GraphQLTypeUtil.simplePrint(type) + "')"));
			}
			return refusal(nonNull.getWrappedType(), value, path);
		}
		if (value == null) {
			return Optional.empty();
		}
		if (type instanceof GraphQLList list) {
			if (!(value instanceof List<?> items)) {
				// A single value stands for a list of one.
				return refusal(list.getWrappedType(), value, path);
			}
			for (int i = 0; i < items.size(); i++) {
				Optional<Refusal> refused = refusal(list.getWrappedType(), items.get(i), path + "[" + i + "]");
				if (refused.isPresent()) {
					return refused;
				}
			}
			return Optional.empty();
		}
		if (type instanceof GraphQLInputObjectType object) {
			return objectRefusal(object, value, path);
		}
		try {
			if (type instanceof GraphQLScalarType scalar) {
				scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.getDefault());
			}
			else if (type instanceof GraphQLEnumType enumeration) {
				enumeration.parseValue(value, GraphQLContext.getDefault(), Locale.getDefault());
			}
			return Optional.empty();
		}
		catch (CoercingParseValueException ex) {
			return Optional.of(new Refusal(path, ex.getMessage()));
		}
	}

	private static Optional<Refusal> objectRefusal(GraphQLInputObjectType object, Object value, String path) {
		if (!(value instanceof Map<?, ?> fields)) {
			return Optional.of(new Refusal(path, "must be an input object of type '" + object.getName() + "'"));
		}
		for (Object key : fields.keySet()) {
			if (object.getField(String.valueOf(key)) == null) {
				return Optional.of(new Refusal(path + "." + key, "is not a field of '" + object.getName() + "'"));
			}
		}
		for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
			String fieldPath = path + "." + field.getName();
			if (!fields.containsKey(field.getName())) {
				if (GraphQLTypeUtil.isNonNull(field.getType()) && !field.hasSetDefaultValue()) {
					return Optional.of(new Refusal(fieldPath,
							"is required (type '" + GraphQLTypeUtil.simplePrint(field.getType()) + "')"));
				}
				continue;
			}
			Optional<Refusal> refused = refusal(field.getType(), fields.get(field.getName()), fieldPath);
			if (refused.isPresent()) {
				return refused;
			}
		}
		return Optional.empty();
	}

	/** A field of a variable and why it was refused. */
	record Refusal(String path, String reason) {

		String message() {
			// Our own scalars explain themselves as "must be ..."; graphql-java's coercing messages are sentences.
			boolean phrase = this.reason.startsWith("must ") || this.reason.startsWith("is ");
			return "Argument '" + this.path + "' " + (phrase ? this.reason : "has an invalid value: " + this.reason);
		}

	}

}
