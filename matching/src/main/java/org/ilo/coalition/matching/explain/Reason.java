package org.ilo.coalition.matching.explain;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One reason behind an assigned part.
 *
 * @param constraint the constraint's name, e.g. "Expertise missing" (a rule the part satisfies has impact zero)
 * @param impact what this constraint gains or loses because the part holds its offer rather than none
 * @param sentence an English sentence for a person, e.g. "covers the expertise 'LABOUR_INSPECTION' that the objective
 * needs"
 */
public record Reason(String constraint, HardMediumSoftLongScore impact, String sentence) {
}
