package org.ilo.coalition.api.request;

import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.request.RequestStatus;
import org.ilo.coalition.graph.request.SupportRequestFilter;
import org.ilo.coalition.graph.taxonomy.SupportKind;

/** The {@code SupportRequestFilter} input of the schema. */
public record SupportRequestFilterInput(String country, String thematicArea, RequestStatus status, SupportKind kind) {

	/** Checks the criteria and turns them into the repository's filter. */
	SupportRequestFilter toFilter(ReferenceArguments references) {
		return new SupportRequestFilter(references.country("filter.country", this.country),
				references.thematicArea("filter.thematicArea", this.thematicArea), this.status, this.kind);
	}

}
