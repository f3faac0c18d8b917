package org.ilo.coalition.api.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that stop expensive or abusive GraphQL requests before any Cypher runs (OWASP GraphQL cheat sheet).
 *
 * @param maxDepth deepest field nesting a query may have
 * @param maxCost largest cost a query may have; see {@link QueryCost} for the model
 * @param maxAliases most aliased fields a document may have
 * @param maxDocumentCharacters longest document accepted
 * @param listFactor how many items an unpaginated list field is assumed to hold when costing a query
 * @param timeout longest a request may run before it is answered with an error
 */
@ConfigurationProperties("coalition.graphql.limits")
public record QueryLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("50000") int maxCost,
		@DefaultValue("30") int maxAliases, @DefaultValue("20000") int maxDocumentCharacters,
		@DefaultValue("10") int listFactor, @DefaultValue("15s") Duration timeout) {
}
