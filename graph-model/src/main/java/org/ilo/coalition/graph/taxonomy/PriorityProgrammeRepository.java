package org.ilo.coalition.graph.taxonomy;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** PriorityProgramme entries by code. */
public interface PriorityProgrammeRepository extends Neo4jRepository<PriorityProgramme, String> {
}
