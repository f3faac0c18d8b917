package org.ilo.coalition.graph.indicator;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** SDG labour indicators by code. */
public interface IndicatorRepository extends Neo4jRepository<Indicator, String> {
}
