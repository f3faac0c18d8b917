package org.ilo.coalition.api.matching;

import java.time.LocalDate;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.graph.delivery.ResultValueDraft;

/** The schema's {@code RecordResultValueInput}. */
public record RecordResultValueInput(String resultId, Integer version, Double value, LocalDate on, String note) {

	ResultValueDraft validate(LocalDate today) {
		if (this.value == null || this.value.isNaN() || this.value.isInfinite()) {
			throw new BadRequestException("input.value", "is required");
		}
		if (this.on == null || this.on.isAfter(today)) {
			throw new BadRequestException("input.on", "must not be after today (" + today + "), was " + this.on);
		}
		return new ResultValueDraft(this.value, this.on, Inputs.optional("input.note", this.note, Inputs.LONG_TEXT));
	}

}
