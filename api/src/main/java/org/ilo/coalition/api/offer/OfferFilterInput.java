package org.ilo.coalition.api.offer;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.offer.OfferFilter;
import org.ilo.coalition.graph.offer.OfferStatus;
import org.ilo.coalition.graph.taxonomy.SupportKind;

/** The {@code OfferFilter} input of the schema. */
public record OfferFilterInput(SupportKind kind, String thematicArea, String country, IloRegion region, String partner,
		OfferStatus status) {

	/** No criteria: the active offers of admitted partners. */
	static final OfferFilterInput NONE = new OfferFilterInput(null, null, null, null, null, null);

	/**
	 * Checks the criteria and turns them into the repository's filter, as far as {@code caller} may see: offers of a
	 * partner that is not admitted only when the filter names that partner and the caller may see it (the partner itself,
	 * the coordination group, the secretariat), as {@code partner(id:)} would show it.
	 */
	OfferFilter toFilter(ReferenceArguments references, Caller caller) {
		String partnerId = this.partner == null ? null : GlobalId.keyOf("filter.partner", "Partner", this.partner);
		return new OfferFilter(this.kind, references.thematicArea("filter.thematicArea", this.thematicArea),
				references.country("filter.country", this.country), this.region == null ? null : this.region.name(),
				partnerId, this.status == null ? OfferStatus.ACTIVE : this.status,
				partnerId == null || !caller.maySeePrivateDetailsOf(partnerId));
	}

}
