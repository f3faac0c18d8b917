package org.ilo.coalition.api.observability;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring for GraphQL's observations of requests, batch loads and root fields, leaving nested fields alone.
 *
 * <p>Nested fields resolve from memory hundreds of times per request (a page of 50 partners with offers has about 350
 * such calls). Even when an observation predicate turns their observations off, the standard instrumentation still
 * wraps each call with an observation context, a copied environment and a completion stage (on an executed page, p95
 * 238 against 278 ms in one alternating pair; docs/benchmarks.md, session 5). Root fields,
 * the operations' own work, keep their timers, as do the batch loads behind nested lists ({@code graphql.dataloader}).
 */
public class RootFieldObservationInstrumentation extends GraphQlObservationInstrumentation {

	public RootFieldObservationInstrumentation(ObservationRegistry observationRegistry,
			@Nullable ExecutionRequestObservationConvention requestConvention,
			@Nullable DataFetcherObservationConvention dataFetcherConvention,
			@Nullable DataLoaderObservationConvention dataLoaderConvention) {
		super(observationRegistry, requestConvention, dataFetcherConvention, dataLoaderConvention);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.getExecutionStepInfo().getPath().getLevel() > 1) {
			return dataFetcher;
		}
		return super.instrumentDataFetcher(dataFetcher, parameters, state);
	}

}
