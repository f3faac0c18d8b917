package org.ilo.coalition.graph.partner;

import java.util.List;

/** A validated application for membership; strings are trimmed and bounded. */
public record MembershipApplication(String name, PartnerKind kind, String countryIso3, List<String> languages,
		String description, String website, String contactEmail) {
}
