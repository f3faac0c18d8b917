package org.ilo.coalition.graph.change;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Read caches are Spring's cache abstraction on Caffeine, configured with Spring Boot's {@code spring.cache.*}
 * properties ({@code spring.cache.type=none} turns them all off) and keyed by {@link GraphChanges}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class ReadCacheConfiguration {

	/** Recommendations of partners for a request, requests for a partner, similar partners, programmes. */
	public static final String RECOMMENDATIONS = "recommendations";

	/** The total count of partners that match a directory filter. */
	public static final String PARTNER_TOTALS = "partnerTotals";

	/** Partners by id (nested partners of recommendations, {@code node}, {@code partner}). */
	public static final String PARTNERS_BY_ID = "partnersById";

	/** How many member States each indicator has figures for ({@code Indicator.coverage}). */
	public static final String INDICATOR_COVERAGE = "indicatorCoverage";

}
