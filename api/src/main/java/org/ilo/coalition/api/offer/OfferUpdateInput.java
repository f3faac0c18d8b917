package org.ilo.coalition.api.offer;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.offer.OfferDraft;
import org.ilo.coalition.graph.offer.OfferView;

/** The schema's {@code OfferUpdateInput}. */
public record OfferUpdateInput(String id, Integer version, String title, String description, Double amount,
		String unit, Integer capacity, LocalDate availableFrom, LocalDate availableUntil, List<String> languages,
		List<String> thematicAreas, List<String> countries, List<IloRegion> regions) {

	/** Checks the changes against the offer as it stands. */
	OfferDraft validate(ReferenceArguments references, OfferView current) {
		if (this.version == null) {
			throw new BadRequestException("input.version", "is required");
		}
		LocalDate from = this.availableFrom != null ? this.availableFrom : current.availableFrom();
		LocalDate until = this.availableUntil != null ? this.availableUntil : current.availableUntil();
		Inputs.ordered("input.availableUntil", from, until);
		List<String> countryCodes = OfferChecks.countries(references, this.countries);
		List<String> regionCodes = this.regions == null ? null : this.regions.stream().map(Enum::name).distinct().toList();
		List<String> servedCountries = countryCodes != null ? countryCodes : current.countryIso3s();
		List<String> servedRegions = regionCodes != null ? regionCodes : current.regionCodes();
		if (servedCountries.isEmpty() && servedRegions.isEmpty()) {
			throw new BadRequestException("input.countries", "or input.regions must leave at least one place the offer serves");
		}
		return new OfferDraft(this.title == null ? null : Inputs.required("input.title", this.title, Inputs.SHORT_TEXT),
				Inputs.optional("input.description", this.description, Inputs.LONG_TEXT), null,
				this.amount == null ? null : Inputs.amount("input.amount", this.amount),
				this.unit == null ? null : Inputs.unit("input.unit", current.kind(), this.unit),
				this.capacity == null ? null : OfferChecks.capacity(this.capacity), this.availableFrom,
				this.availableUntil, Inputs.languages("input.languages", this.languages, false),
				this.thematicAreas == null ? null
						: OfferChecks.areas(references, Inputs.nonEmpty("input.thematicAreas", this.thematicAreas)),
				countryCodes, regionCodes);
	}

}
