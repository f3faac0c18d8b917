package org.ilo.coalition.graph.partner;

import java.util.Set;

/**
 * Criteria of the partner directory; {@code null} or empty criteria do not filter.
 *
 * @param nameContains already normalized with {@link PartnerNames#normalize}
 */
public record PartnerFilter(Set<PartnerKind> kinds, Set<MembershipStatus> membershipStatuses, String countryIso3,
		String regionCode, String thematicAreaCode, String expertiseCode, String nameContains) {

	/** No criteria: every partner. */
	public static final PartnerFilter ALL = new PartnerFilter(null, null, null, null, null, null, null);

}
