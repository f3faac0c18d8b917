package org.ilo.coalition.graph.taxonomy;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** ThematicArea entries by code. */
public interface ThematicAreaRepository extends Neo4jRepository<ThematicArea, String> {
}
