package org.ilo.coalition.matching.plan;

import java.util.Objects;
import java.util.Set;

/**
 * An organization of the Coalition that offers resources.
 *
 * @param expertise codes of the expertise the partner declares (any level)
 */
public record Partner(String id, String name, PartnerKind kind, MembershipStatus membershipStatus,
		Set<String> expertise) {

	public Partner {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(membershipStatus, "membershipStatus");
		expertise = Set.copyOf(expertise);
	}

	public boolean isAdmitted() {
		return this.membershipStatus == MembershipStatus.ADMITTED;
	}

	// Identity by id: constraint streams hash partners as group keys; structural hashing of the sets would be slow.
	@Override
	public boolean equals(Object other) {
		return other instanceof Partner partner && this.id.equals(partner.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
