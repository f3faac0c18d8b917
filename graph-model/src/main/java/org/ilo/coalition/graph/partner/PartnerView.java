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
		List<String> functionalAreaCodes, List<String> offerAreaCodes, List<Participation> workStreams,
		String contactEmail, String decisionReason) {

	// A view is the partner with this id: batch loaders key their maps by views, so hashing must not walk the lists.
	@Override
	public boolean equals(Object other) {
		return other instanceof PartnerView view && view.id.equals(this.id) && view.version == this.version;
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	/** A declared expertise by code. */
	public record ExpertiseClaim(String expertiseCode, ExpertiseLevel level) {
	}

	/** A work stream the partner leads ({@code lead}) or supports. */
	public record Participation(String workStreamId, boolean lead) {
	}

}
