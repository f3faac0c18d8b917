package org.ilo.coalition.api.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.offer.OfferDraft;
import org.ilo.coalition.graph.offer.OfferView;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The schema's {@code OfferUpdateInput}. The fields that may change are {@link ArgumentValue}s, which tell an absent
 * field (unchanged) from one given as {@code null} (see {@link Inputs#given}).
 */
public record OfferUpdateInput(String id, Integer version, ArgumentValue<String> title,
		ArgumentValue<String> description, ArgumentValue<Double> amount, ArgumentValue<String> unit,
		ArgumentValue<Integer> capacity, ArgumentValue<LocalDate> availableFrom, ArgumentValue<LocalDate> availableUntil,
		ArgumentValue<List<String>> languages, ArgumentValue<List<String>> thematicAreas,
		ArgumentValue<List<String>> countries, ArgumentValue<List<IloRegion>> regions) {

	/** Checks the changes against the offer as it stands. */
	OfferDraft validate(ReferenceArguments references, OfferView current) {
		if (this.version == null) {
			throw new BadRequestException("input.version", "is required");
		}
		String newTitle = Inputs.requiredChange("input.title", this.title);
		Double newAmount = Inputs.requiredChange("input.amount", this.amount);
		String newUnit = Inputs.requiredChange("input.unit", this.unit);
		Integer newCapacity = Inputs.requiredChange("input.capacity", this.capacity);
		LocalDate from = Inputs.requiredChange("input.availableFrom", this.availableFrom);
		LocalDate until = Inputs.requiredChange("input.availableUntil", this.availableUntil);
		List<String> newLanguages = Inputs.requiredChange("input.languages", this.languages);
		List<String> newAreas = Inputs.requiredChange("input.thematicAreas", this.thematicAreas);
		Inputs.ordered("input.availableUntil", from != null ? from : current.availableFrom(),
				until != null ? until : current.availableUntil());
		// Countries and regions are optional one by one: null clears them like an empty list.
		List<String> countryCodes = !Inputs.given(this.countries) ? null
				: OfferChecks.countries(references, listOrEmpty(Inputs.valueOf(this.countries)));
		List<String> regionCodes = !Inputs.given(this.regions) ? null
				: listOrEmpty(Inputs.valueOf(this.regions)).stream().map(Enum::name).distinct().toList();
		List<String> servedCountries = countryCodes != null ? countryCodes : current.countryIso3s();
		List<String> servedRegions = regionCodes != null ? regionCodes : current.regionCodes();
		if (servedCountries.isEmpty() && servedRegions.isEmpty()) {
			throw new BadRequestException("input.countries", "or input.regions must leave at least one place the offer serves");
		}
		String newDescription = Inputs.optional("input.description", Inputs.valueOf(this.description), Inputs.LONG_TEXT);
		Set<String> cleared = Inputs.given(this.description) && newDescription == null ? Set.of(OfferDraft.DESCRIPTION)
				: Set.of();
		return new OfferDraft(newTitle == null ? null : Inputs.required("input.title", newTitle, Inputs.SHORT_TEXT),
				newDescription, null, newAmount == null ? null : Inputs.amount("input.amount", newAmount),
				newUnit == null ? null : Inputs.unit("input.unit", current.kind(), newUnit),
				newCapacity == null ? null : OfferChecks.capacity(newCapacity), from, until,
				newLanguages == null ? null : Inputs.languages("input.languages", newLanguages, true),
				newAreas == null ? null : OfferChecks.areas(references, Inputs.nonEmpty("input.thematicAreas", newAreas)),
				countryCodes, regionCodes, cleared);
	}

	private static <T> List<T> listOrEmpty(List<T> values) {
		return values == null ? List.of() : values;
	}

}
