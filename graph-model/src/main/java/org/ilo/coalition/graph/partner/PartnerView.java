package org.ilo.coalition.graph.partner;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the directory shows of a partner, with the codes of its expertise, areas and work streams so that nested
 * fields resolve from the reference catalog without another query. The contact e-mail and decision reason are not
 * public: the api module shows them only to those allowed.
 */
public record PartnerView(String id, long version, String name, String normalizedName, PartnerKind kind, boolean constituent,
		MembershipStatus membershipStatus, boolean verified, String countryIso3, List<String> languages,
		String description, String website, boolean demo, OffsetDateTime createdAt, List<ExpertiseClaim> expertise,
		List<String> functionalAreaCodes, List<String> thematicAreaCodes, List<Participation> workStreams,
		String contactEmail, String decisionReason) {

	/** A declared expertise by code. */
	public record ExpertiseClaim(String expertiseCode, ExpertiseLevel level) {
	}

	/** A work stream the partner leads ({@code lead}) or supports. */
	public record Participation(String workStreamId, boolean lead) {
	}

}
