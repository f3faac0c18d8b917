package org.ilo.coalition.api.request;

import java.time.LocalDate;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.graph.request.SupportRequestDraft;
import org.ilo.coalition.graph.taxonomy.SupportKind;

/** The schema's {@code SupportRequestInput}. */
public record SupportRequestInput(String objectiveId, String title, String description, SupportKind kind,
		Double amount, String unit, String language, LocalDate deadline, String idempotencyKey) {

	SupportRequestDraft validate(String objectiveKey, LocalDate today) {
		if (this.kind == null) {
			throw new BadRequestException("input.kind", "is required");
		}
		Inputs.future("input.deadline", this.deadline, today);
		if (this.deadline.isAfter(today.plusYears(10))) {
			throw new BadRequestException("input.deadline", "must be within ten years, was " + this.deadline);
		}
		return new SupportRequestDraft(objectiveKey, Inputs.required("input.title", this.title, Inputs.SHORT_TEXT),
				Inputs.optional("input.description", this.description, Inputs.LONG_TEXT), this.kind,
				Inputs.amount("input.amount", this.amount), Inputs.unit("input.unit", this.kind, this.unit),
				Inputs.language("input.language", this.language), this.deadline);
	}

}
