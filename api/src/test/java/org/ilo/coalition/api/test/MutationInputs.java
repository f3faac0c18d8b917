package org.ilo.coalition.api.test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;

/** Valid mutation inputs for tests, which change only the fields they are about. */
public final class MutationInputs {

	private MutationInputs() {
	}

	/** A valid {@code OfferInput} of partner {@code partnerId}: ten training places in Kenya, for six months. */
	public static Map<String, Object> offer(String partnerId, Map<String, Object> overrides) {
		Map<String, Object> input = new HashMap<>();
		input.put("partnerId", GlobalId.of("Partner", partnerId));
		input.put("title", "Training");
		input.put("kind", "TRAINING");
		input.put("amount", 10.0);
		input.put("unit", "PLACES");
		input.put("capacity", 1);
		input.put("availableFrom", LocalDate.now().toString());
		input.put("availableUntil", LocalDate.now().plusMonths(6).toString());
		input.put("languages", List.of("en"));
		input.put("thematicAreas", List.of("EMPLOYMENT"));
		input.put("countries", List.of("KEN"));
		input.putAll(overrides);
		return input;
	}

	/** A valid {@code MembershipApplicationInput}: English and French, a contact address and a website. */
	public static Map<String, Object> application(String name, String kind, String country) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("kind", kind);
		input.put("country", country);
		input.put("languages", List.of("en", "fr"));
		input.put("contactEmail", "contact@example.org");
		input.put("website", "https://example.org");
		return input;
	}

}
