package org.ilo.coalition.graph.partner;

import org.ilo.coalition.graph.taxonomy.Expertise;
import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** A partner's {@code HAS_EXPERTISE} relationship, carrying the declared level. */
@RelationshipProperties
public record DeclaredExpertise(@RelationshipId String id, ExpertiseLevel level, @TargetNode Expertise expertise) {
}
