package org.ilo.coalition.graph.delivery;

import java.time.LocalDate;

/**
 * A validated delivery towards a match.
 *
 * @param amount greater than 0, in the match's unit (the offer's and the request's)
 * @param deliveredOn when it was delivered, not in the future
 * @param note what was delivered, in the partner's words; may be {@code null}
 */
public record DeliveryDraft(double amount, LocalDate deliveredOn, String note) {
}
