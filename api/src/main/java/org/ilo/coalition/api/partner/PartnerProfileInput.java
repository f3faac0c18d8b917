package org.ilo.coalition.api.partner;

import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.graph.partner.ProfileChanges;

/** The schema's {@code PartnerProfileInput}. */
public record PartnerProfileInput(String partnerId, Integer version, String name, String description, String website,
		List<String> languages, String contactEmail) {

	ProfileChanges validate() {
		if (this.version == null) {
			throw new BadRequestException("input.version", "is required");
		}
		return new ProfileChanges(this.name == null ? null : Inputs.required("input.name", this.name, Inputs.SHORT_TEXT),
				Inputs.optional("input.description", this.description, Inputs.LONG_TEXT),
				Inputs.url("input.website", this.website), Inputs.languages("input.languages", this.languages, false),
				Inputs.email("input.contactEmail", this.contactEmail, false));
	}

}
