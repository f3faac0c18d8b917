package org.ilo.coalition.api.matching;

import java.time.LocalDate;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.graph.delivery.DeliveryDraft;

/** The schema's {@code RecordDeliveryInput}. */
public record RecordDeliveryInput(String matchId, Integer version, Double amount, LocalDate deliveredOn, String note) {

	DeliveryDraft validate(LocalDate today) {
		if (this.deliveredOn == null || this.deliveredOn.isAfter(today)) {
			throw new BadRequestException("input.deliveredOn", "must not be after today (" + today + "), was "
					+ this.deliveredOn);
		}
		return new DeliveryDraft(Inputs.amount("input.amount", this.amount), this.deliveredOn,
				Inputs.optional("input.note", this.note, Inputs.LONG_TEXT));
	}

}
