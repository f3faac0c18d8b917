package org.ilo.coalition.graph.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ilo.coalition.graph.demo.DemoDataPlan.ObjectivePlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.OfferPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.PartnerPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.StrategyPlan;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.DeficitRef;
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

	private static final ReferenceSnapshot TEN_MEMBER_STATES = ReferenceFixture.snapshot(10);

	private static final DemoDataSize TEN_STRATEGIES = new DemoDataSize(30, 30, 10, 30, 2);

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
	void addressesOnlyIndicatorsWithRealDataMostSevereFirstWhenTheCountryHasAny() {
		// Ten strategies over the ten real member States: every country with data has one, whatever the seed.
		for (long seed = 1; seed <= 20; seed++) {
			DemoDataPlan plan = DemoDataPlanner.plan(TEN_MEMBER_STATES, TEN_STRATEGIES, seed, REFERENCE);
			Set<String> seen = new HashSet<>();

			assertThat(plan.strategies()).extracting(StrategyPlan::iso3).containsAll(ReferenceFixture.WITH_DATA);
			for (ObjectivePlan objective : plan.objectives()) {
				Map<String, DeficitRef> deficits = ReferenceFixture.deficitsOf(objective.iso3());
				if (deficits.isEmpty()) {
					continue;
				}
				assertThat(objective.indicators()).as(objective.description()).isNotEmpty()
					.allMatch(deficits::containsKey);
				if (seen.add(objective.strategyId())) {
					int worst = deficits.values().stream().mapToInt(DeficitRef::severity).max().orElseThrow();
					assertThat(deficits.get(objective.indicators().get(0)).severity()).as(objective.description())
						.isEqualTo(worst);
				}
			}
		}
	}

	@Test
	void breaksTiesBetweenEquallySevereDeficitsDifferentlyForDifferentSeeds() {
		// Brazil's two deficits of severity 4: unemployment (8.5.2) and non-fatal injuries (8.8.1).
		Set<String> firstAddressed = new HashSet<>();
		for (long seed = 1; seed <= 20; seed++) {
			DemoDataPlan plan = DemoDataPlanner.plan(TEN_MEMBER_STATES, TEN_STRATEGIES, seed, REFERENCE);
			firstAddressed.add(plan.objectives().stream().filter((o) -> o.iso3().equals("BRA")).findFirst()
				.orElseThrow().indicators().get(0));
		}

		assertThat(firstAddressed).containsExactlyInAnyOrder("8.5.2", "8.8.1");
	}

	@Test
	void quotesTheRealValueYearAndSeverityOfEveryIndicatorAnObjectiveAddresses() {
		DemoDataPlan plan = DemoDataPlanner.plan(TEN_MEMBER_STATES, TEN_STRATEGIES, 5, REFERENCE);
		List<String> descriptions = plan.objectives().stream().map(ObjectivePlan::description).toList();

		for (ObjectivePlan objective : plan.objectives()) {
			Map<String, DeficitRef> deficits = ReferenceFixture.deficitsOf(objective.iso3());
			if (!deficits.isEmpty()) {
				for (String indicator : objective.indicators()) {
					DeficitRef d = deficits.get(indicator);
					assertThat(objective.description()).containsPattern("SDG " + Pattern.quote(indicator) + " \\([^()]+ in "
							+ d.year() + ", severity " + d.severity() + " of 5\\)");
				}
			}
		}
		assertThat(descriptions).filteredOn((d) -> d.contains("Kenya"))
			.allMatch((d) -> !d.contains("in 2009"), "never the older 2009 figure of Kenya's unemployment")
			.anyMatch((d) -> d.startsWith("Addresses SDG 1.3.1 (social protection coverage 8.3 % in 2019, severity 5 of 5)"));
		assertThat(String.join("\n", descriptions))
			.contains("SDG 8.8.1 (fatal occupational injuries 116.8 per 100,000 workers in 2007, severity 5 of 5)")
			.contains("SDG 8.5.2 (unemployment rate 15.28 % in 2016, severity 5 of 5) in Jordan")
			.contains("SDG 8.8.2 (labour rights violations score 1.9 of 10 in 2017, severity 3 of 5)")
			.contains("SDG 8.7.1 (children in economic activity and household chores 22.84003 % in 2016, severity 4 of 5)")
			.contains("SDG 8.8.1 (non-fatal occupational injuries 1374 per 100,000 workers in 2017, severity 4 of 5)")
			.contains("SDG 8.8.1 (non-fatal occupational injuries 3160.29 per 100,000 workers in 2015, severity 5 of 5) in France")
			.doesNotContain("fatal occupational injuries 7.43")
			.doesNotContain("non-fatal occupational injuries 325")
			.doesNotContain("fatal occupational injuries 2.55");
	}

	@Test
	void saysNoDataInsteadOfASeverityForCountriesWithoutObservationsThatGiveOne() {
		DemoDataPlan plan = DemoDataPlanner.plan(ALL_MEMBER_STATES, DemoDataSize.DEMO, 7, REFERENCE);
		List<ObjectivePlan> withoutData = plan.objectives()
			.stream()
			.filter((o) -> !ReferenceFixture.WITH_DATA.contains(o.iso3()))
			.toList();

		// Bangladesh and Fiji are featured without data; Lebanon has only hourly earnings, which give no severity.
		assertThat(withoutData).extracting(ObjectivePlan::iso3).contains("BGD", "FJI");
		assertThat(withoutData).hasSizeGreaterThan(100).allSatisfy((o) -> {
			assertThat(o.indicators()).isNotEmpty();
			for (String indicator : o.indicators()) {
				assertThat(o.description()).contains("SDG " + indicator + " (no data)");
			}
			assertThat(o.description()).doesNotContain("severity");
		});
		assertThat(withoutData).flatExtracting(ObjectivePlan::indicators).hasSizeGreaterThan(10)
			.containsAll(ALL_MEMBER_STATES.indicators().stream().map(ReferenceSnapshot.IndicatorRef::code).toList());
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
