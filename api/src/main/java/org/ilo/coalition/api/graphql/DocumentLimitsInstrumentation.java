package org.ilo.coalition.api.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.parser.ParserOptions;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

/**
 * The limits on the document itself, applied where graphql-java parses it (for execution, and when a persisted query
 * is registered), so that nothing runs and nothing is stored for a refused document: its length through graphql-java's
 * {@link ParserOptions} (the parser gives up at the limit), its aliased fields counted on the parsed document before
 * validation (graphql-java has no alias limit). Depth and cost are checked by graphql-java's instrumentations.
 */
public class DocumentLimitsInstrumentation extends SimplePerformantInstrumentation {

	private final ParserOptions parserOptions;

	private final int maxAliases;

	public DocumentLimitsInstrumentation(QueryLimitsProperties limits) {
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxCharacters(limits.maxDocumentCharacters()));
		this.maxAliases = limits.maxAliases();
	}

	/** graphql-java's parser takes its options from the request's context (or else from a JVM-wide default). */
	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		executionInput.getGraphQLContext().put(ParserOptions.class, this.parserOptions);
		return executionInput;
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		int aliases = countAliases(parameters.getDocument());
		if (aliases > this.maxAliases) {
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(ErrorCode.BAD_REQUEST)
				.message("Document has " + aliases + " aliased fields; the limit is " + this.maxAliases).build()));
		}
		return super.beginValidation(parameters, state);
	}

	private static int countAliases(Node<?> document) {
		AtomicInteger aliases = new AtomicInteger();
		new NodeTraverser().depthFirst(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases.incrementAndGet();
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		return aliases.get();
	}

}
