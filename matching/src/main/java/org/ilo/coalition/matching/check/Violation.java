package org.ilo.coalition.matching.check;

/**
 * One broken hard rule.
 *
 * @param subject the id of the part (pair rules) or of the offer (amount and capacity) that breaks it
 */
public record Violation(HardRule rule, String subject, String message) {
}
