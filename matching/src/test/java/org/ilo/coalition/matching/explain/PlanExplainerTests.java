package org.ilo.coalition.matching.explain;

import java.util.List;

import org.ilo.coalition.matching.baseline.GreedyBaseline;
import org.ilo.coalition.matching.constraint.MatchingConstraintProvider;
import org.ilo.coalition.matching.generate.InstanceGenerator;
import org.ilo.coalition.matching.generate.InstanceSize;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.ilo.coalition.matching.plan.TrackRecord;
import org.ilo.coalition.matching.testing.Scoring;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ilo.coalition.matching.testing.Fixtures.SENEGAL;
import static org.ilo.coalition.matching.testing.Fixtures.SKILLS;
import static org.ilo.coalition.matching.testing.Fixtures.offer;
import static org.ilo.coalition.matching.testing.Fixtures.part;
import static org.ilo.coalition.matching.testing.Fixtures.partner;
import static org.ilo.coalition.matching.testing.Fixtures.plan;
import static org.ilo.coalition.matching.testing.Fixtures.request;

class PlanExplainerTests {

	private final PlanExplainer explainer = new PlanExplainer(Scoring.SOLUTION_MANAGER);

	@Test
	void explainsWhyAPartHoldsItsOfferInSentencesAndNamesTheNextBest() {
		Partner employers = partner("P1", PartnerKind.EMPLOYERS_ORGANIZATION, SKILLS);
		Offer chosen = offer("O1", employers).build();
		Offer other = offer("O2", partner("P2")).regions("AFRICA").countries().languages("fr").build();
		SupportRequest request = request("R1").severity(5).build();
		RequestPart part = new RequestPart("R1#0", request, 50, 1000, false, List.of(chosen, other), chosen);
		MatchingPlan plan = plan(List.of(part), new TrackRecord("P1", "KEN", 1, 1));

		PartExplanation explanation = this.explainer.explain(plan, part);

		assertThat(explanation.reasons()).extracting(Reason::sentence)
			.contains("covers the expertise 'SKILLS_DEVELOPMENT' that the objective needs", "serves Kenya directly",
					"is given in the requested language 'en'",
					"meets 50 PLACES of request 'Request R1' in Kenya (deficit severity 5)",
					"Partner P1 has 1 accepted matches and 1 shared work streams in Kenya",
					"the matches in Kenya involve an employers' organization");
		assertThat(explanation.reasons()).filteredOn((reason) -> reason.constraint()
			.equals(MatchingConstraintProvider.UNMET_NEED))
			.singleElement()
			.extracting(Reason::impact)
			.isEqualTo(HardMediumSoftLongScore.ofMedium(16_000));
		// Other: no track record (-10), no employers' organization (-20), language mismatch (-30).
		assertThat(explanation.nextBest()).isNotNull();
		assertThat(explanation.nextBest().offerId()).isEqualTo("O2");
		assertThat(explanation.nextBest().scoreDifference()).isEqualTo(HardMediumSoftLongScore.ofSoft(-60));
		assertThat(explanation.nextBest().sentence()).contains("would have cost 0hard/0medium/60soft");
	}

	@Test
	void saysThatARequestWithoutDataIsWeighedAtTheDefaultRatherThanQuotingAMeasuredSeverity() {
		Offer chosen = offer("O1", partner("P1")).build();
		SupportRequest request = request("R1").noData().build();
		RequestPart part = new RequestPart("R1#0", request, 50, 1000, false, List.of(chosen), chosen);

		PartExplanation explanation = this.explainer.explain(plan(List.of(part)), part);

		assertThat(explanation.reasons()).extracting(Reason::sentence)
			.contains("meets 50 PLACES of request 'Request R1' in Kenya (no data for the indicators it addresses, "
					+ "weighed at the default severity 3)")
			.noneMatch((sentence) -> sentence.contains("deficit severity"));
	}

	@Test
	void namesTheBestOfSeveralAlternativesNotTheFirstOrTheWorst() {
		Partner employers = partner("P1", PartnerKind.EMPLOYERS_ORGANIZATION, SKILLS);
		Offer chosen = offer("O1", employers).build();
		// Tried first (in the request's language): no track record (-10), no employers' organization (-20).
		Offer near = offer("O3", partner("P3")).build();
		// Tried second: the same, and not in the request's language (-30).
		Offer far = offer("O2", partner("P2")).languages("fr").build();
		SupportRequest request = request("R1").build();
		RequestPart part = new RequestPart("R1#0", request, 50, 1000, false, List.of(chosen, far, near), chosen);
		MatchingPlan plan = plan(List.of(part), new TrackRecord("P1", "KEN", 1, 1));

		PartExplanation explanation = this.explainer.explain(plan, part);

		assertThat(explanation.alternativesCompared()).isEqualTo(2);
		assertThat(explanation.nextBest().offerId()).isEqualTo("O3");
		assertThat(explanation.nextBest().scoreDifference()).isEqualTo(HardMediumSoftLongScore.ofSoft(-30));
	}

	@Test
	void keepsTheFirstTriedOfTwoEquallyGoodAlternatives() {
		Offer chosen = offer("O1", partner("P1")).build();
		// Both in the request's language and otherwise alike: the larger one is tried first.
		Offer larger = offer("O3", partner("P3")).amount(300).build();
		Offer smaller = offer("O2", partner("P2")).amount(200).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false,
				List.of(chosen, smaller, larger), chosen);

		PartExplanation explanation = this.explainer.explain(plan(List.of(part)), part);

		assertThat(explanation.nextBest().offerId()).isEqualTo("O3");
		assertThat(explanation.nextBest().scoreDifference()).isEqualTo(HardMediumSoftLongScore.ZERO);
		assertThat(explanation.nextBest().sentence()).endsWith("would have scored the same");
	}

	@Test
	void countsTheAlternativesPartnersOtherPartsElsewhereInTheNextBestsCost() {
		Offer chosen = offer("O1", partner("P1")).build();
		Partner busy = partner("P2");
		Offer alternative = offer("O2", busy).build();
		// The alternative's partner already serves another request in another country: moving the part to it
		// raises that partner's load from 1 to 2 parts (squared: 1 -> 4).
		Offer elsewhere = offer("O4", busy).countries("SEN").build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false, List.of(chosen, alternative),
				chosen);
		RequestPart other = part("R2#0", request("R2").country(SENEGAL).build(), 50, elsewhere);
		MatchingPlan plan = plan(List.of(part, other));
		MatchingPlan instead = plan.copy();
		instead.getParts().get(0).setOffer(alternative);

		PartExplanation explanation = this.explainer.explain(plan, part);

		assertThat(explanation.nextBest().offerId()).isEqualTo("O2");
		assertThat(explanation.nextBest().scoreDifference())
			.isEqualTo(Scoring.score(instead).subtract(Scoring.score(plan.copy())))
			.isEqualTo(HardMediumSoftLongScore.ofSoft(-2));
	}

	@Test
	void saysThatThePartnerWasNotRejectedWhenTheCoordinationGroupRejectedAnotherOne() {
		Offer chosen = offer("O1", partner("P1")).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false, List.of(chosen), chosen);
		MatchingPlan plan = plan(List.of(part), new Rejection("R1", "P2"), new Rejection("R2", "P1"));

		PartExplanation explanation = this.explainer.explain(plan, part);

		assertThat(explanation.reasons()).extracting(Reason::sentence)
			.contains("the coordination group has not rejected Partner P1 for this request");
		assertThat(explanation.reasons()).extracting(Reason::constraint)
			.doesNotHaveDuplicates()
			.contains(MatchingConstraintProvider.REJECTED_BY_COORDINATION_GROUP);
	}

	@Test
	void explainsAPartOnARejectedPartnerByTheRejectionAndNeverClaimsOtherwise() {
		Offer chosen = offer("O1", partner("P1")).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false, List.of(chosen), chosen);
		MatchingPlan plan = plan(List.of(part), new Rejection("R1", "P1"));

		PartExplanation explanation = this.explainer.explain(plan, part);

		assertThat(explanation.reasons()).filteredOn((reason) -> reason.constraint()
			.equals(MatchingConstraintProvider.REJECTED_BY_COORDINATION_GROUP))
			.singleElement()
			.satisfies((reason) -> {
				assertThat(reason.impact()).isEqualTo(HardMediumSoftLongScore.ofHard(-1000));
				assertThat(reason.sentence()).isEqualTo("the coordination group rejected Partner P1 for request 'Request R1'");
			});
		assertThat(explanation.reasons()).extracting(Reason::sentence)
			.noneMatch((sentence) -> sentence.contains("has not rejected"));
		assertThat(explanation.reasons()).extracting(Reason::sentence).contains("serves Kenya directly");
	}

	@Test
	void statesWhatTheOfferGivesInAllAndEveryThematicAreaItShares() {
		Offer offer = offer("O1", partner("P1")).areas("EMPLOYMENT", "SOCIAL_DIALOGUE").build();
		SupportRequest request = request("R1").areas("EMPLOYMENT", "SOCIAL_DIALOGUE").build();
		RequestPart part = part("R1#0", request, 50, offer);
		RequestPart other = part("R2#0", request("R2").build(), 30, offer);

		PartExplanation explanation = this.explainer.explain(plan(List.of(part, other)), part);

		assertThat(explanation.reasons()).extracting(Reason::sentence)
			.contains("offer 'Offer O1' holds 100 PLACES and gives 80 in all",
					"offer 'Offer O1' serves 2 of the 2 requests it can serve at once",
					"covers the thematic areas 'EMPLOYMENT', 'SOCIAL_DIALOGUE' of the request");
		assertThat(this.explainer.explain(plan(List.of(part, other)), other).reasons()).extracting(Reason::sentence)
			.contains("covers the thematic area 'EMPLOYMENT' of the request");
	}

	@Test
	void explainsAnAcceptedPartAsFixedWithoutLookingForAnAlternative() {
		Offer chosen = offer("O1", partner("P1")).build();
		Offer other = offer("O2", partner("P2")).build();
		RequestPart accepted = new RequestPart("R1#a0", request("R1").build(), 50, 1000, true, List.of(chosen, other),
				chosen);

		PartExplanation explanation = this.explainer.explain(plan(List.of(accepted)), accepted);

		assertThat(explanation.accepted()).isTrue();
		assertThat(explanation.reasons()).first()
			.isEqualTo(new Reason("Accepted", HardMediumSoftLongScore.ZERO,
					"was accepted by the coordination group in an earlier run and stays fixed"));
		assertThat(explanation.nextBest()).isNull();
		assertThat(explanation.alternativesCompared()).isZero();
	}

	@Test
	void comparesNoMoreAlternativesThanItIsAllowedPreferringTheRequestsLanguage() {
		Offer chosen = offer("O1", partner("P1")).build();
		Offer french = offer("O2", partner("P2")).amount(500).languages("fr").build();
		Offer english = offer("O3", partner("P3")).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false,
				List.of(chosen, french, english), chosen);

		PartExplanation explanation = new PlanExplainer(Scoring.SOLUTION_MANAGER, 1).explain(plan(List.of(part)), part);

		assertThat(explanation.alternativesCompared()).isEqualTo(1);
		assertThat(explanation.nextBest().offerId()).isEqualTo("O3");
	}

	@Test
	void refusesToExplainAnUnassignedPart() {
		Offer offer = offer("O1", partner("P1")).build();
		RequestPart open = new RequestPart("R1#0", request("R1").build(), 50, 1000, false, List.of(offer), null);

		assertThatThrownBy(() -> this.explainer.explain(plan(List.of(open)), open))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("R1#0");
		assertThat(this.explainer.explain(plan(List.of(open)))).isEmpty();
	}

	@Test
	void explainsEveryAssignedPartOfAGeneratedPlanWithImpactsEqualToTheWholePlansDifferences() {
		MatchingPlan plan = GreedyBaseline.solve(PlanBuilder.build(InstanceGenerator.generate(InstanceSize.SMALL, 5)));
		List<RequestPart> assigned = plan.getParts().stream().filter(RequestPart::isAssigned).toList();

		List<PartExplanation> explanations = this.explainer.explain(plan);

		assertThat(explanations).hasSameSizeAs(assigned).isNotEmpty();
		assertThat(explanations).allSatisfy((explanation) -> {
			assertThat(explanation.reasons()).isNotEmpty();
			assertThat(explanation.reasons()).allSatisfy((reason) -> assertThat(reason.sentence()).isNotBlank());
		});
		HardMediumSoftLongScore whole = Scoring.score(plan.copy());
		for (int i = 0; i < assigned.size(); i += 7) {
			RequestPart part = assigned.get(i);
			MatchingPlan without = plan.copy();
			without.getParts().get(plan.getParts().indexOf(part)).setOffer(null);
			assertThat(explanations.get(i).impact()).as(part.getId())
				.isEqualTo(whole.subtract(Scoring.score(without)));
			Alternative next = explanations.get(i).nextBest();
			if (next != null) {
				MatchingPlan instead = plan.copy();
				instead.getParts()
					.get(plan.getParts().indexOf(part))
					.setOffer(plan.getOffers().stream().filter((offer) -> offer.id().equals(next.offerId())).findFirst()
						.orElseThrow());
				assertThat(next.scoreDifference()).as(part.getId()).isEqualTo(Scoring.score(instead).subtract(whole));
			}
		}
	}

}
