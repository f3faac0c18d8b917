package org.ilo.coalition.graph.offer;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Offers as entities for writes, plus read queries. */
public interface OfferRepository extends Neo4jRepository<Offer, String>, OfferQueries {
}
