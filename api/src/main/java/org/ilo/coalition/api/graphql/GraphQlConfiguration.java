package org.ilo.coalition.api.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import io.micrometer.core.instrument.MeterRegistry;
import org.ilo.coalition.api.observability.RequestIdInterceptor;
import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.ilostat.DataImportView;
import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.matching.MatchSuggestionView;
import org.ilo.coalition.graph.offer.OfferView;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.ilo.coalition.graph.strategy.ObjectiveView;
import org.ilo.coalition.graph.strategy.StrategyView;
import org.ilo.coalition.graph.workstream.WorkStreamView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scalars, the mapping from source classes to the types that implement {@code Node}, the query limits, failed
 * connections answered as null, the chain of request interceptors, and the document caches (by text, and by hash for
 * automatic persisted queries).
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlConfiguration {

	/** The cache of whole answers to anonymous queries ({@link ResponseCacheInterceptor}). */
	static final String RESPONSES = "responses";

	@Bean
	RuntimeWiringConfigurer scalars() {
		// Date is our own: ExtendedScalars.Date moves impossible days such as 2027-02-30 to the end of the month.
		return (wiring) -> wiring.scalar(ExtendedScalars.DateTime).scalar(DateScalar.DATE);
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimitsProperties limits,
			@Value("${spring.graphql.schema.introspection.enabled:true}") boolean introspectionEnabled) {
		return new QueryDepthLimit(limits.maxDepth(), introspectionEnabled);
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryCost(QueryLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxCost(), new QueryCost(limits.listFactor()));
	}

	@Bean
	DocumentLimitsInstrumentation documentLimits(QueryLimitsProperties limits) {
		return new DocumentLimitsInstrumentation(limits);
	}

	@Bean
	VariableErrorPaths variableErrorPaths() {
		return new VariableErrorPaths();
	}

	@Bean
	TimeoutWebGraphQlInterceptor requestTimeout(QueryLimitsProperties limits) {
		return new TimeoutWebGraphQlInterceptor(limits.timeout());
	}

	/**
	 * The request interceptors in their order, outermost first, here rather than spread over {@code Ordered} values
	 * (this bean replaces Boot's, which would sort the interceptor beans by order):
	 * <ol>
	 * <li>the request id, on every error, also on the refusals of the interceptors inside it;</li>
	 * <li>the caller of a graphql-ws connection from its {@code connection_init} payload, when it sent credentials
	 * there (with HTTP security only: {@code SecurityConfiguration.subscriptionAuthentication}), before anything that
	 * could depend on the caller;</li>
	 * <li>the persisted-query checks, before anything is stored or run;</li>
	 * <li>the response cache (when enabled), which skips only the execution: the document limits are checked where
	 * graphql-java parses ({@link DocumentLimitsInstrumentation}), and a refused document's response is never stored;</li>
	 * <li>the classification of graphql-java's own errors;</li>
	 * <li>the time limit of one request, closest to the execution.</li>
	 * </ol>
	 * An interceptor bean left out of the list would be silently ignored, so the start fails instead.
	 */
	@Bean
	WebGraphQlHandler webGraphQlHandler(ExecutionGraphQlService service, RequestIdInterceptor requestId,
			ObjectProvider<AuthenticationWebSocketInterceptor> subscriptionAuthentication,
			PersistedQueryInterceptor persistedQueries, ObjectProvider<ResponseCacheInterceptor> responseCache,
			ErrorClassificationInterceptor errorClassification, TimeoutWebGraphQlInterceptor requestTimeout,
			List<WebGraphQlInterceptor> interceptorBeans) {
		List<WebGraphQlInterceptor> chain = Stream
			.of(requestId, subscriptionAuthentication.getIfAvailable(), persistedQueries, responseCache.getIfAvailable(),
					errorClassification, requestTimeout)
			.filter(Objects::nonNull)
			.toList();
		List<WebGraphQlInterceptor> unlisted = interceptorBeans.stream().filter((bean) -> !chain.contains(bean)).toList();
		if (!unlisted.isEmpty()) {
			throw new IllegalStateException("GraphQL interceptors missing from GraphQlConfiguration's chain: " + unlisted);
		}
		return WebGraphQlHandler.builder(service).interceptors(chain).build();
	}

	@Bean
	OperationKindInstrumentation operationKind() {
		return new OperationKindInstrumentation();
	}

	/** Whole answers to anonymous queries, bounded by their estimated size on the heap rather than their number. */
	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> responseCacheSize(
			@Value("${coalition.response-cache.max-size:64MB}") DataSize maxSize,
			@Value("${coalition.response-cache.time-to-live:60s}") Duration timeToLive) {
		return (manager) -> manager.registerCustomCache(RESPONSES, Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((key, value) -> (int) Math.min(Integer.MAX_VALUE, ((ResponseCacheInterceptor.Cached) value).weight()))
			.expireAfterWrite(timeToLive)
			.build());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "coalition.response-cache.enabled", matchIfMissing = true)
	ResponseCacheInterceptor responseCache(CacheManager caches, GraphChanges changes, JsonMapper json,
			MeterRegistry meters) {
		return new ResponseCacheInterceptor(caches.getCache(RESPONSES), changes, json, meters);
	}

	@Bean
	FailedConnectionInstrumentation failedConnections() {
		return new FailedConnectionInstrumentation();
	}

	@Bean
	DocumentCache documentCache() {
		return new DocumentCache(500);
	}

	@Bean
	BoundedPersistedQueryCache persistedQueryCache(
			@Value("${coalition.graphql.persisted-queries.max-entries:2000}") int maxEntries) {
		return new BoundedPersistedQueryCache(maxEntries);
	}

	@Bean
	PersistedQueryInterceptor persistedQueries() {
		return new PersistedQueryInterceptor();
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCaching(DocumentCache documentCache,
			BoundedPersistedQueryCache persistedQueryCache) {
		DocumentProvider provider = new DocumentProvider(documentCache, persistedQueryCache);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(provider));
	}

	@Bean
	GraphQlSourceBuilderCustomizer nodeTypeResolver() {
		ClassNameTypeResolver resolver = new ClassNameTypeResolver();
		resolver.addMapping(PartnerView.class, "Partner");
		resolver.addMapping(OfferView.class, "Offer");
		resolver.addMapping(Country.class, "Country");
		resolver.addMapping(StrategyView.class, "NationalStrategy");
		resolver.addMapping(ObjectiveView.class, "Objective");
		resolver.addMapping(SupportRequestView.class, "SupportRequest");
		resolver.addMapping(WorkStreamView.class, "WorkStream");
		resolver.addMapping(MatchSuggestionView.class, "MatchSuggestion");
		resolver.addMapping(MatchRunView.class, "MatchRun");
		resolver.addMapping(DataImportView.class, "DataImport");
		return (builder) -> builder.defaultTypeResolver(resolver);
	}

}
