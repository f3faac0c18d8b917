package org.ilo.coalition.api.workstream;

/** The schema's {@code WorkStreamInput}. */
public record WorkStreamInput(String partnerId, String name, String description, String programme,
		String idempotencyKey) {
}
