package org.ilo.coalition.graph.strategy;

import java.util.List;

import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * An objective of a national strategy: the deficits it addresses (as indicators of the strategy's country), the
 * expertise and kinds of support it needs, and the priority programmes it aligns with.
 *
 * @param alignedWithCooperationFramework whether it is part of the country's UN Sustainable Development Cooperation
 * Framework
 */
@Node("Objective")
public record Objective(@Id String id, String title, String description, List<SupportKind> supportKinds,
		boolean alignedWithCooperationFramework,
		@Relationship(type = "ADDRESSES", direction = Relationship.Direction.OUTGOING) List<Indicator> addresses,
		@Relationship(type = "NEEDS_EXPERTISE", direction = Relationship.Direction.OUTGOING) List<Expertise> neededExpertise,
		@Relationship(type = "ALIGNED_WITH", direction = Relationship.Direction.OUTGOING) List<PriorityProgramme> programmes) {
}
