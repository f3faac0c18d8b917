package org.ilo.coalition.api.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.offer.OfferDraft;
import org.ilo.coalition.graph.taxonomy.SupportKind;

/** The schema's {@code OfferInput}. */
public record OfferInput(String partnerId, String title, String description, SupportKind kind, Double amount,
		String unit, Integer capacity, LocalDate availableFrom, LocalDate availableUntil, List<String> languages,
		List<String> thematicAreas, List<String> countries, List<IloRegion> regions, String idempotencyKey) {

	OfferDraft validate(ReferenceArguments references, LocalDate today) {
		if (this.kind == null) {
			throw new BadRequestException("input.kind", "is required");
		}
		if (this.availableFrom == null || this.availableUntil == null) {
			throw new BadRequestException("input.availableUntil", "and availableFrom are required");
		}
		Inputs.ordered("input.availableUntil", this.availableFrom, this.availableUntil);
		if (this.availableUntil.isBefore(today)) {
			throw new BadRequestException("input.availableUntil", "must not be in the past, was " + this.availableUntil);
		}
		List<String> areas = OfferChecks.areas(references, Inputs.nonEmpty("input.thematicAreas", this.thematicAreas));
		List<String> countryCodes = OfferChecks.countries(references, this.countries);
		List<String> regionCodes = this.regions == null ? null : this.regions.stream().map(Enum::name).distinct().toList();
		if ((countryCodes == null || countryCodes.isEmpty()) && (regionCodes == null || regionCodes.isEmpty())) {
			throw new BadRequestException("input.countries", "or input.regions must name at least one place the offer serves");
		}
		return new OfferDraft(Inputs.required("input.title", this.title, Inputs.SHORT_TEXT),
				Inputs.optional("input.description", this.description, Inputs.LONG_TEXT), this.kind,
				Inputs.amount("input.amount", this.amount), Inputs.unit("input.unit", this.kind, this.unit),
				OfferChecks.capacity(this.capacity), this.availableFrom, this.availableUntil,
				Inputs.languages("input.languages", this.languages, true), areas, countryCodes, regionCodes, Set.of());
	}

}
