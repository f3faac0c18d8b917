package org.ilo.coalition.graph.taxonomy;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** FunctionalArea entries by code. */
public interface FunctionalAreaRepository extends Neo4jRepository<FunctionalArea, String> {
}
