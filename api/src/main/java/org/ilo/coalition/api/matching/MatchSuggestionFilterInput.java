package org.ilo.coalition.api.matching;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.matching.MatchStatus;
import org.ilo.coalition.graph.matching.SuggestionStatus;

/** The {@code MatchSuggestionFilter} input of the schema. */
public record MatchSuggestionFilterInput(String run, SuggestionStatus status, String country, String partner,
		String request, MatchStatus matchStatus) {

	/** The criteria as keys, each malformed one a BAD_REQUEST naming it. */
	Criteria criteria(ReferenceArguments references) {
		return new Criteria(this.run == null ? null : GlobalId.keyOf("filter.run", MatchRunController.TYPE, this.run),
				this.status, references.country("filter.country", this.country),
				this.partner == null ? null : GlobalId.keyOf("filter.partner", "Partner", this.partner),
				this.request == null ? null : GlobalId.keyOf("filter.request", "SupportRequest", this.request),
				this.matchStatus);
	}

	record Criteria(String runId, SuggestionStatus status, String countryIso3, String partnerId, String requestId,
			MatchStatus matchStatus) {
	}

}
