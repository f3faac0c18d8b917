package org.ilo.coalition.api.strategy;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.strategy.StrategyDraft;
import org.ilo.coalition.graph.taxonomy.SupportKind;

/** The schema's {@code NationalStrategyInput}. */
public record NationalStrategyInput(String country, String title, String summary, LocalDate dialogueDate,
		Integer periodStart, Integer periodEnd, List<ObjectiveInput> objectives, String idempotencyKey) {

	/** The schema's {@code ObjectiveInput}. */
	public record ObjectiveInput(String title, String description, List<String> addresses,
			List<String> neededExpertise, List<String> programmes, List<SupportKind> supportKinds,
			Boolean alignedWithCooperationFramework) {
	}

	StrategyDraft validate(ReferenceArguments references, String iso3, LocalDate today) {
		if (this.periodStart == null || this.periodEnd == null || this.periodStart < 1990 || this.periodEnd < this.periodStart
				|| this.periodEnd - this.periodStart > 20) {
			throw new BadRequestException("input.periodEnd",
					"must not be before periodStart (from 1990), and at most 20 years after it");
		}
		if (this.dialogueDate != null && this.dialogueDate.isAfter(today)) {
			throw new BadRequestException("input.dialogueDate", "must not be in the future, was " + this.dialogueDate);
		}
		if (this.objectives == null || this.objectives.isEmpty() || this.objectives.size() > 30) {
			throw new BadRequestException("input.objectives", "must list 1 to 30 objectives");
		}
		List<StrategyDraft.ObjectiveDraft> drafts = this.objectives.stream().map((o) -> new StrategyDraft.ObjectiveDraft(
				Inputs.required("input.objectives.title", o.title(), Inputs.SHORT_TEXT),
				Inputs.optional("input.objectives.description", o.description(), Inputs.LONG_TEXT),
				Inputs.nonEmpty("input.objectives.supportKinds", o.supportKinds()).stream().distinct().toList(),
				Boolean.TRUE.equals(o.alignedWithCooperationFramework()),
				Inputs.nonEmpty("input.objectives.addresses", o.addresses()).stream()
					.map((code) -> references.indicator("input.objectives.addresses", code)).distinct().toList(),
				codes(o.neededExpertise()).stream().map((code) -> references.expertise("input.objectives.neededExpertise", code))
					.distinct().toList(),
				codes(o.programmes()).stream().map((code) -> references.programme("input.objectives.programmes", code))
					.distinct().toList()))
			.toList();
		return new StrategyDraft(iso3, Inputs.required("input.title", this.title, Inputs.SHORT_TEXT),
				Inputs.optional("input.summary", this.summary, Inputs.LONG_TEXT), this.dialogueDate, this.periodStart,
				this.periodEnd, drafts);
	}

	private static List<String> codes(List<String> codes) {
		return codes == null ? List.of() : codes;
	}

}
