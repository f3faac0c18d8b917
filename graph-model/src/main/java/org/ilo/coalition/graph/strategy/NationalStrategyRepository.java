package org.ilo.coalition.graph.strategy;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** National strategies as entities for writes, plus read queries. */
public interface NationalStrategyRepository extends Neo4jRepository<NationalStrategy, String>, StrategyQueries {
}
