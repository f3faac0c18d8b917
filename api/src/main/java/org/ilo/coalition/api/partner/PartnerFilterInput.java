package org.ilo.coalition.api.partner;

import java.util.EnumSet;
import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.partner.MembershipStatus;
import org.ilo.coalition.graph.partner.PartnerFilter;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.partner.PartnerNames;

/** The {@code PartnerFilter} input of the schema. */
public record PartnerFilterInput(List<PartnerKind> kinds, List<MembershipStatus> membershipStatuses, String country,
		IloRegion region, String thematicArea, String expertise, String nameContains) {

	/** Checks the criteria and turns them into the repository's filter. */
	PartnerFilter toFilter(ReferenceArguments references) {
		String name = null;
		if (this.nameContains != null) {
			name = PartnerNames.normalize(this.nameContains);
			if (name.length() < 2 || name.length() > 100) {
				throw new BadRequestException("filter.nameContains", "must have 2 to 100 characters");
			}
		}
		return new PartnerFilter(this.kinds == null || this.kinds.isEmpty() ? null : EnumSet.copyOf(this.kinds),
				this.membershipStatuses == null || this.membershipStatuses.isEmpty() ? null
						: EnumSet.copyOf(this.membershipStatuses),
				references.country("filter.country", this.country), this.region == null ? null : this.region.name(),
				references.thematicArea("filter.thematicArea", this.thematicArea),
				references.expertise("filter.expertise", this.expertise), name);
	}

}
