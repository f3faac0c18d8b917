package org.ilo.coalition.graph.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ilo.coalition.graph.demo.DemoDataPlan.ObjectivePlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.OfferPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.PartnerPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.StrategyPlan;
import org.ilo.coalition.graph.partner.MembershipStatus;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.partner.PartnerNames;
import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DemoDataPlannerTests {

	private static final Instant REFERENCE = Instant.parse("2026-01-01T00:00:00Z");

	private static final ReferenceSnapshot ALL_MEMBER_STATES = ReferenceFixture.snapshot(187);

	@Test
	void plansTheSameDataForTheSameSeed() {
		DemoDataPlan first = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 99, REFERENCE);
		DemoDataPlan again = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 99, REFERENCE);

		assertThat(again).isEqualTo(first);
		assertThat(DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 100, REFERENCE).partners())
			.isNotEqualTo(first.partners());
	}

	@Test
	void partnersSpecializeInOneOrTwoThematicAreasAndObjectivesNeedOneOrTwoKindsOfExpertise() {
		DemoDataPlan plan = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 99, REFERENCE);
		Map<String, List<String>> areasOf = ALL_MEMBER_STATES.expertise().stream()
			.collect(Collectors.toMap(ReferenceSnapshot.ExpertiseRef::code, ReferenceSnapshot.ExpertiseRef::areas));

		assertThat(plan.partners()).allSatisfy((partner) -> {
			// 2-5 drawn, fewer when the focus areas hold fewer kinds (the test reference has a dozen in all).
			assertThat(partner.expertise()).hasSizeBetween(1, 5);
			// Every declared expertise lies in one of at most two focus areas.
			List<Set<String>> areaSets = partner.expertise().stream().map((c) -> Set.copyOf(areasOf.get(c.code()))).toList();
			boolean coveredByTwo = areaSets.stream().flatMap(Set::stream).distinct()
				.anyMatch((a) -> areaSets.stream().flatMap(Set::stream).distinct()
					.anyMatch((b) -> areaSets.stream().allMatch((areas) -> areas.contains(a) || areas.contains(b))));
			assertThat(coveredByTwo).as(partner.name()).isTrue();
		});
		assertThat(plan.objectives()).allSatisfy((objective) -> assertThat(objective.expertise()).hasSizeBetween(1, 2));
	}

	@Test
	void givesEveryNodeItsOwnId() {
		DemoDataPlan plan = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 1, REFERENCE);

		List<String> ids = Stream.of(plan.partners().stream().map(PartnerPlan::id),
				plan.offers().stream().map(OfferPlan::id), plan.strategies().stream().map(StrategyPlan::id),
				plan.objectives().stream().map(ObjectivePlan::id),
				plan.requests().stream().map(DemoDataPlan.RequestPlan::id),
				plan.workStreams().stream().map(DemoDataPlan.WorkStreamPlan::id))
			.flatMap(Function.identity())
			.toList();
		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id.charAt(14) == '4');
	}

	@Test
	void plansOneGovernmentAtMostPerCountryIncludingTheFeaturedOnes() {
		DemoDataPlan plan = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 2, REFERENCE);

		List<PartnerPlan> governments = plan.partners()
			.stream()
			.filter((p) -> p.kind() == PartnerKind.GOVERNMENT)
			.toList();
		assertThat(governments).extracting(PartnerPlan::iso3)
			.doesNotHaveDuplicates()
			.containsAll(ReferenceFixture.featuredCountries());
		assertThat(plan.partners()).extracting((p) -> PartnerNames.dedupKey(p.name(), p.iso3())).doesNotHaveDuplicates();
		assertThat(plan.partners()).extracting(PartnerPlan::kind).containsAll(List.of(PartnerKind.values()));
		assertThat(plan.partners()).filteredOn((p) -> p.kind().isConstituent())
			.allMatch((p) -> p.membershipStatus() == MembershipStatus.ADMITTED);
	}

	@Test
	void benchmarkPlanCoversOneStrategyInEachOf150MemberStatesAndAllGovernments() {
		DemoDataPlan plan = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.BENCHMARK, 3, REFERENCE);

		assertThat(plan.partners()).hasSize(10_000);
		assertThat(plan.offers()).hasSize(50_000);
		assertThat(plan.requests()).hasSize(20_000);
		assertThat(plan.strategies()).hasSize(150).extracting(StrategyPlan::iso3).doesNotHaveDuplicates();
		assertThat(plan.partners()).filteredOn((p) -> p.kind() == PartnerKind.GOVERNMENT).hasSize(187);
	}

	@Test
	void writesOneStrategyPerMemberStateWhenAskedForMore() {
		DemoDataPlan plan = DemoDataPlanner.plan(ReferenceFixture.snapshot(10), new DemoDataSize(30, 30, 25, 30, 5), 4,
				REFERENCE);

		assertThat(plan.strategies()).hasSize(10);
	}

	@Test
	void addressesTheMostSevereDeficitsOfTheCountryFirst() {
		DemoDataPlan plan = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 5, REFERENCE);
		Map<String, Integer> worst = plan.observations()
			.stream()
			.collect(Collectors.toMap(DemoDataPlan.ObservationPlan::iso3, DemoDataPlan.ObservationPlan::severity,
					Math::max));
		Map<String, Integer> severity = plan.observations()
			.stream()
			.collect(Collectors.toMap((o) -> o.iso3() + o.indicator(), DemoDataPlan.ObservationPlan::severity));
		Set<String> seen = new HashSet<>();

		for (ObjectivePlan objective : plan.objectives()) {
			if (seen.add(objective.strategyId())) {
				assertThat(severity.get(objective.iso3() + objective.indicators().get(0)))
					.isEqualTo(worst.get(objective.iso3()));
			}
		}
	}

	@Test
	void usesUnitsThatFitTheKindOfSupportAndDatesAroundTheReference() {
		DemoDataPlan plan = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 6, REFERENCE);
		LocalDate referenceDate = LocalDate.ofInstant(REFERENCE, ZoneOffset.UTC);

		assertThat(plan.offers()).allSatisfy((o) -> {
			assertThat(o.unit()).isIn(unitsOf(o.kind()));
			assertThat(o.amount()).isPositive();
			assertThat(o.capacity()).isBetween(1, 10);
			assertThat(o.availableFrom()).isBefore(o.availableUntil());
			assertThat(o.areas()).isNotEmpty();
			assertThat(o.countries().isEmpty() && o.regions().isEmpty()).isFalse();
		});
		assertThat(plan.requests()).allSatisfy((r) -> {
			assertThat(r.unit()).isIn(unitsOf(r.kind()));
			assertThat(r.deadline()).isAfter(referenceDate);
			assertThat(r.createdAt().toInstant()).isBeforeOrEqualTo(REFERENCE);
			assertThat(r.areas()).isNotEmpty();
		});
		assertThat(plan.partners()).allSatisfy((p) -> assertThat(p.createdAt().toInstant()).isBeforeOrEqualTo(REFERENCE));
	}

	@Test
	void keepsIndicatorValuesWithinWhatCountriesActuallyReport() {
		DemoDataPlan plan = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 7, REFERENCE);

		assertThat(plan.observations()).hasSize(187 * 10).allSatisfy((o) -> {
			assertThat(o.value()).isBetween(-2.0, 100.0);
			assertThat(o.severity()).isBetween(1, 5);
			if (o.indicator().equals("8.5.2")) {
				assertThat(o.value()).isBetween(2.0, 22.0);
			}
		});
		assertThat(plan.observations()).extracting(DemoDataPlan.ObservationPlan::severity).contains(1, 2, 3, 4, 5);
	}

	@Test
	void refusesToPlanWithoutReferenceData() {
		ReferenceSnapshot empty = new ReferenceSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of());

		assertThatIllegalStateException()
			.isThrownBy(() -> DemoDataPlanner.plan(empty, DemoDataSize.DEMO, 1, REFERENCE))
			.withMessageContaining("member States")
			.withMessageContaining("Indicator");
	}

	private static List<String> unitsOf(SupportKind kind) {
		return switch (kind) {
			case FUNDING -> List.of("USD", "EUR", "CHF");
			case TECHNICAL_ASSISTANCE, DIALOGUE_FACILITATION -> List.of("PERSON_DAYS");
			case TRAINING -> List.of("PLACES");
			case KNOWLEDGE -> List.of("PRODUCTS");
		};
	}

}
