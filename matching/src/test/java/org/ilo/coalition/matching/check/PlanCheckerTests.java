package org.ilo.coalition.matching.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ilo.coalition.matching.constraint.MatchingConstraintProvider;
import org.ilo.coalition.matching.generate.InstanceGenerator;
import org.ilo.coalition.matching.plan.Eligibility;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.MembershipStatus;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.ilo.coalition.matching.testing.Scoring;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.matching.testing.Fixtures.PERU;
import static org.ilo.coalition.matching.testing.Fixtures.PLAN_DATE;
import static org.ilo.coalition.matching.testing.Fixtures.SKILLS;
import static org.ilo.coalition.matching.testing.Fixtures.offer;
import static org.ilo.coalition.matching.testing.Fixtures.part;
import static org.ilo.coalition.matching.testing.Fixtures.partner;
import static org.ilo.coalition.matching.testing.Fixtures.plan;
import static org.ilo.coalition.matching.testing.Fixtures.request;

class PlanCheckerTests {

	private final Partner partner = partner("P1");

	private final Offer offer = offer("O1", this.partner).build();

	private final SupportRequest request = request("R1").build();

	@Test
	void findsNothingWrongWithAPlanThatKeepsEveryRule() {
		MatchingPlan plan = plan(List.of(part("R1#0", this.request, 50, this.offer),
				part("R2#0", request("R2").build(), 50, this.offer), part("R3#0", request("R3").build(), 20, null)));

		assertThat(PlanChecker.check(plan)).isEmpty();
		assertThat(PlanChecker.isFeasible(plan)).isTrue();
	}

	@Test
	void catchesAnOfferGivingMoreThanItHolds() {
		MatchingPlan plan = plan(List.of(part("R1#0", this.request, 60, this.offer),
				part("R2#0", request("R2").build(), 41, this.offer)));

		assertThat(rules(plan)).containsExactly(HardRule.OFFER_AMOUNT_EXCEEDED);
		assertThat(PlanChecker.check(plan).get(0).subject()).isEqualTo("O1");
	}

	@Test
	void catchesAnOfferServingMoreRequestsThanItsCapacity() {
		MatchingPlan plan = plan(List.of(part("R1#0", this.request, 10, this.offer),
				part("R2#0", request("R2").build(), 10, this.offer), part("R3#0", request("R3").build(), 10, this.offer)));

		assertThat(rules(plan)).containsExactly(HardRule.OFFER_CAPACITY_EXCEEDED);
	}

	@Test
	void catchesAnotherKindOrUnit() {
		SupportRequest euros = request("R2").kind(SupportKind.FUNDING, "EUR").build();

		assertThat(rules(plan(List.of(part("R2#0", euros, 10, this.offer))))).containsExactly(
				HardRule.KIND_OR_UNIT_MISMATCH);
	}

	@Test
	void catchesAnOfferOutsideTheRequestsAreas() {
		Offer dialogue = offer("O2", this.partner).areas("SOCIAL_DIALOGUE").build();

		assertThat(rules(plan(List.of(part("R1#0", this.request, 10, dialogue))))).containsExactly(
				HardRule.THEMATIC_AREA_NOT_COVERED);
	}

	@Test
	void catchesAPartnerWithoutTheNeededExpertise() {
		SupportRequest inspection = request("R2").expertise("LABOUR_INSPECTION").build();

		assertThat(rules(plan(List.of(part("R2#0", inspection, 10, this.offer))))).containsExactly(
				HardRule.EXPERTISE_MISSING);
	}

	@Test
	void catchesAnOfferThatServesNeitherTheCountryNorItsRegion() {
		SupportRequest peru = request("R2").country(PERU).build();

		assertThat(rules(plan(List.of(part("R2#0", peru, 10, this.offer))))).containsExactly(
				HardRule.COUNTRY_NOT_SERVED);
	}

	@Test
	void catchesAnOfferThatStartsAfterTheDeadline() {
		Offer late = offer("O2", this.partner).window(PLAN_DATE.plusDays(181), PLAN_DATE.plusDays(400)).build();

		assertThat(rules(plan(List.of(part("R1#0", this.request, 10, late))))).containsExactly(
				HardRule.NOT_AVAILABLE_IN_TIME);
	}

	@Test
	void catchesAnOfferThatEndedBeforeThePlanDate() {
		Offer over = offer("O2", this.partner).window(PLAN_DATE.minusDays(100), PLAN_DATE.minusDays(1)).build();

		assertThat(rules(plan(List.of(part("R1#0", this.request, 10, over))))).containsExactly(
				HardRule.NOT_AVAILABLE_IN_TIME);
	}

	@Test
	void listsTheViolationsOfPartsInTheOrderOfTheirIdsAndCallsThePlanInfeasible() {
		Offer late = offer("O2", this.partner).capacity(3)
			.window(PLAN_DATE.plusDays(181), PLAN_DATE.plusDays(400))
			.build();
		MatchingPlan plan = plan(List.of(part("R3#0", request("R3").build(), 10, late),
				part("R1#0", this.request, 10, late), part("R2#0", request("R2").build(), 10, late)));

		assertThat(PlanChecker.check(plan)).extracting(Violation::subject).containsExactly("R1#0", "R2#0", "R3#0");
		assertThat(PlanChecker.isFeasible(plan)).isFalse();
	}

	@Test
	void acceptsAnOfferThatStartsOnTheDeadline() {
		Offer onTheDay = offer("O2", this.partner).window(PLAN_DATE.plusDays(180), PLAN_DATE.plusDays(400)).build();

		assertThat(rules(plan(List.of(part("R1#0", this.request, 10, onTheDay))))).isEmpty();
	}

	@Test
	void acceptsAnOfferThatEndsOnThePlanDate() {
		Offer lastDay = offer("O2", this.partner).window(PLAN_DATE.minusDays(100), PLAN_DATE).build();

		assertThat(rules(plan(List.of(part("R1#0", this.request, 10, lastDay))))).isEmpty();
	}

	@Test
	void acceptsARequestDueOnThePlanDate() {
		SupportRequest dueToday = request("R2").deadline(PLAN_DATE).build();

		assertThat(rules(plan(List.of(part("R2#0", dueToday, 10, this.offer))))).isEmpty();
	}

	@Test
	void catchesARequestWhoseDeadlinePassedBeforeThePlanDate() {
		SupportRequest overdue = request("R2").deadline(PLAN_DATE.minusDays(1)).build();

		assertThat(rules(plan(List.of(part("R2#0", overdue, 10, this.offer))))).containsExactly(
				HardRule.NOT_AVAILABLE_IN_TIME);
	}

	@Test
	void agreesWithTheEligibilityRuleOnEverySameDayBoundary() {
		for (int fromShift = -1; fromShift <= 1; fromShift++) {
			for (int untilShift = -1; untilShift <= 1; untilShift++) {
				for (int deadlineShift = -1; deadlineShift <= 1; deadlineShift++) {
					SupportRequest request = request("R2").deadline(PLAN_DATE.plusDays(deadlineShift)).build();
					Offer offer = offer("O2", this.partner)
						.window(request.deadline().plusDays(fromShift), PLAN_DATE.plusDays(untilShift))
						.build();
					boolean eligible = Eligibility.availableInTime(offer, request, PLAN_DATE);

					assertThat(rules(plan(List.of(part("R2#0", request, 10, offer)))))
						.as("from deadline%+d, until plan date%+d, deadline plan date%+d", fromShift, untilShift,
								deadlineShift)
						.isEqualTo(eligible ? List.of() : List.of(HardRule.NOT_AVAILABLE_IN_TIME));
				}
			}
		}
	}

	@Test
	void catchesAPartnerThatIsNotAdmitted() {
		Partner rejected = new Partner("P2", "Rejected", PartnerKind.NGO, MembershipStatus.REJECTED, Set.of(SKILLS));

		assertThat(rules(plan(List.of(part("R1#0", this.request, 10, offer("O2", rejected).build())))))
			.containsExactly(HardRule.PARTNER_NOT_ADMITTED);
	}

	@Test
	void catchesAPartnerTheCoordinationGroupRejectedForTheRequest() {
		MatchingPlan plan = plan(List.of(part("R1#0", this.request, 10, this.offer)), new Rejection("R1", "P1"));

		assertThat(rules(plan)).containsExactly(HardRule.REJECTED_BY_COORDINATION_GROUP);
	}

	@Test
	void namesEveryRuleAfterAHardConstraintOfTheSolver() {
		assertThat(EnumSet.allOf(HardRule.class).stream().map(HardRule::constraintName))
			.containsExactlyElementsOf(MatchingConstraintProvider.CONSTRAINT_NAMES.subList(0, 9));
	}

	@Test
	void agreesWithTheSolversHardScoreOnRandomlyAssignedPlans() {
		MatchingPlan plan = PlanBuilder.build(InstanceGenerator.generate(120, 60, 25, 11));
		Random random = new Random(11);
		for (int round = 0; round < 5; round++) {
			// Any offer at all, not only eligible ones, so that every rule gets broken somewhere.
			for (RequestPart part : plan.getParts()) {
				if (!part.isPinned()) {
					part.setOffer(random.nextInt(4) == 0 ? null
							: plan.getOffers().get(random.nextInt(plan.getOffers().size())));
				}
			}
			Set<String> checked = PlanChecker.check(plan)
				.stream()
				.map((violation) -> violation.rule().constraintName())
				.collect(Collectors.toCollection(TreeSet::new));
			Set<String> scored = new TreeSet<>();
			for (ConstraintMatchTotal<HardMediumSoftLongScore> total : Scoring.SOLUTION_MANAGER.explain(plan)
				.getConstraintMatchTotalMap()
				.values()) {
				if (total.getScore().hardScore() < 0) {
					scored.add(total.getConstraintName());
				}
			}

			assertThat(checked).isEqualTo(scored).hasSizeGreaterThanOrEqualTo(6);
			assertThat(PlanChecker.check(plan).size()).isEqualTo(countHardMatches(plan));
		}
	}

	private static long countHardMatches(MatchingPlan plan) {
		long count = 0;
		for (ConstraintMatchTotal<HardMediumSoftLongScore> total : Scoring.SOLUTION_MANAGER.explain(plan)
			.getConstraintMatchTotalMap()
			.values()) {
			if (total.getScore().hardScore() < 0) {
				count += total.getConstraintMatchCount();
			}
		}
		return count;
	}

	private static List<HardRule> rules(MatchingPlan plan) {
		return new ArrayList<>(PlanChecker.check(plan).stream().map(Violation::rule).toList());
	}

}
