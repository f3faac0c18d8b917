package org.ilo.coalition.graph.indicator;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Deficit observations as entities, plus read queries. */
public interface DeficitObservationRepository extends Neo4jRepository<DeficitObservation, String>, DeficitQueries {
}
