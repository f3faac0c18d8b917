package org.ilo.coalition.graph.taxonomy;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Expertise entries by code. */
public interface ExpertiseRepository extends Neo4jRepository<Expertise, String> {
}
