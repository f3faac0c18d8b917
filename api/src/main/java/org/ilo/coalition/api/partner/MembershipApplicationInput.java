package org.ilo.coalition.api.partner;

import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.partner.MembershipApplication;
import org.ilo.coalition.graph.partner.PartnerKind;

/** The schema's {@code MembershipApplicationInput}. */
public record MembershipApplicationInput(String name, PartnerKind kind, String country, List<String> languages,
		String description, String website, String contactEmail) {

	MembershipApplication validate(ReferenceArguments references) {
		if (this.kind == null) {
			throw new BadRequestException("input.kind", "is required");
		}
		return new MembershipApplication(Inputs.required("input.name", this.name, Inputs.SHORT_TEXT), this.kind,
				references.memberState("input.country", this.country),
				Inputs.languages("input.languages", this.languages, true),
				Inputs.optional("input.description", this.description, Inputs.LONG_TEXT),
				Inputs.url("input.website", this.website), Inputs.email("input.contactEmail", this.contactEmail, true));
	}

}
