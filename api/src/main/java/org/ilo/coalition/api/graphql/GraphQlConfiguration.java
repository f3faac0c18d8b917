package org.ilo.coalition.api.graphql;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import io.micrometer.core.instrument.MeterRegistry;
import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.offer.OfferView;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.ilo.coalition.graph.strategy.ObjectiveView;
import org.ilo.coalition.graph.strategy.StrategyView;
import org.ilo.coalition.graph.workstream.WorkStreamView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scalars, the mapping from source classes to the types that implement {@code Node}, the query limits, failed
 * connections answered as null, and the document caches (by text, and by hash for automatic persisted queries).
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
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryCost(QueryLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxCost(), new QueryCost(limits.listFactor()));
	}

	@Bean
	QueryLimitsInterceptor queryLimits(QueryLimitsProperties limits) {
		return new QueryLimitsInterceptor(limits);
	}

	@Bean
	TimeoutWebGraphQlInterceptor requestTimeout(QueryLimitsProperties limits) {
		return new TimeoutWebGraphQlInterceptor(limits.timeout());
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
		return (builder) -> builder.defaultTypeResolver(resolver);
	}

}
