package org.ilo.coalition.api.partner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.graph.partner.ProfileChanges;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The schema's {@code PartnerProfileInput}. The fields that may change are {@link ArgumentValue}s, which tell an
 * absent field (unchanged) from one given as {@code null} (see {@link Inputs#given}).
 */
public record PartnerProfileInput(String partnerId, Integer version, ArgumentValue<String> name,
		ArgumentValue<String> description, ArgumentValue<String> website, ArgumentValue<List<String>> languages,
		ArgumentValue<String> contactEmail) {

	ProfileChanges validate() {
		if (this.version == null) {
			throw new BadRequestException("input.version", "is required");
		}
		String newName = Inputs.requiredChange("input.name", this.name);
		List<String> newLanguages = Inputs.requiredChange("input.languages", this.languages);
		String newEmail = Inputs.requiredChange("input.contactEmail", this.contactEmail);
		String newDescription = Inputs.optional("input.description", Inputs.valueOf(this.description), Inputs.LONG_TEXT);
		String newWebsite = Inputs.url("input.website", Inputs.valueOf(this.website));
		Set<String> cleared = new HashSet<>();
		if (Inputs.given(this.description) && newDescription == null) {
			cleared.add(ProfileChanges.DESCRIPTION);
		}
		if (Inputs.given(this.website) && newWebsite == null) {
			cleared.add(ProfileChanges.WEBSITE);
		}
		return new ProfileChanges(newName == null ? null : Inputs.required("input.name", newName, Inputs.SHORT_TEXT),
				newDescription, newWebsite,
				newLanguages == null ? null : Inputs.languages("input.languages", newLanguages, true),
				newEmail == null ? null : Inputs.email("input.contactEmail", newEmail, true), Set.copyOf(cleared));
	}

}
