package org.ilo.coalition.api.offer;

import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.ReferenceArguments;

/** Checks shared by new offers and offer changes. */
final class OfferChecks {

	private OfferChecks() {
	}

	static int capacity(Integer capacity) {
		if (capacity == null || capacity < 1 || capacity > 1_000) {
			throw new BadRequestException("input.capacity", "must be between 1 and 1000, was " + capacity);
		}
		return capacity;
	}

	static List<String> areas(ReferenceArguments references, List<String> codes) {
		return codes.stream().map((code) -> references.thematicArea("input.thematicAreas", code)).distinct().toList();
	}

	static List<String> countries(ReferenceArguments references, List<String> codes) {
		return codes == null ? null
				: codes.stream().map((code) -> references.memberState("input.countries", code)).distinct().toList();
	}

}
