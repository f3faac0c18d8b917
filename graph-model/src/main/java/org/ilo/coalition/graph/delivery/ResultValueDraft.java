package org.ilo.coalition.graph.delivery;

import java.time.LocalDate;

/**
 * A validated actual value of a result.
 *
 * @param on the date the value holds for, not in the future
 * @param note where it comes from or what it means; may be {@code null}
 */
public record ResultValueDraft(double value, LocalDate on, String note) {
}
