package org.ilo.coalition.matching.generate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.plan.Eligibility;

import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.MatchingProblem;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.SupportKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstanceGeneratorTests {

	@Test
	void generatesTheSameProblemFromTheSameSeed() {
		assertThat(fingerprint(InstanceGenerator.generate(InstanceSize.SMALL, 42)))
			.isEqualTo(fingerprint(InstanceGenerator.generate(InstanceSize.SMALL, 42)));
	}

	@Test
	void generatesAnotherProblemFromAnotherSeed() {
		assertThat(fingerprint(InstanceGenerator.generate(InstanceSize.SMALL, 42)))
			.isNotEqualTo(fingerprint(InstanceGenerator.generate(InstanceSize.SMALL, 43)));
	}

	@Test
	void yieldsAboutTheTargetNumberOfPartsWithRealisticSpread() {
		MatchingProblem problem = InstanceGenerator.generate(InstanceSize.MEDIUM, 1);
		MatchingPlan plan = PlanBuilder.build(problem);

		assertThat(problem.offers()).hasSize(1_000);
		assertThat(plan.getParts()).hasSizeBetween(1_800, 2_200);
		assertThat(problem.requests().stream().map(SupportRequest::severity).distinct()).hasSize(5);
		assertThat(problem.requests().stream().map((request) -> request.country().region()).distinct()).hasSize(5);
		assertThat(problem.requests().stream().map(SupportRequest::unit).distinct())
			.contains("USD", "EUR", "PERSON_DAYS", "PLACES", "PRODUCTS");
		assertThat(problem.acceptedMatches()).isNotEmpty();
		assertThat(problem.rejections()).isNotEmpty();
		assertThat(plan.getParts().stream().filter((part) -> !part.getEligibleOffers().isEmpty()).count())
			.isGreaterThan(plan.getParts().size() / 2);
	}

	@Test
	void generatesExactlyTheRequestedNumbersOfRequestsOffersAndPartners() {
		MatchingProblem problem = InstanceGenerator.generate(120, 60, 25, 7);
		MatchingProblem small = InstanceGenerator.generate(InstanceSize.SMALL, 7);

		assertThat(problem.requests()).hasSize(120);
		assertThat(problem.offers()).hasSize(60);
		assertThat(problem.partners()).hasSize(25);
		assertThat(small.requests()).hasSize(InstanceSize.SMALL.requests());
		assertThat(small.offers()).hasSize(InstanceSize.SMALL.offers());
		assertThat(small.partners()).hasSize(InstanceSize.SMALL.partners());
		assertThat(problem.parameters().planDate()).isEqualTo(InstanceGenerator.PLAN_DATE);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void generatesOnlyValidOffersWithPositiveAmountsOrderedWindowsAndKnownPartners(long seed) {
		MatchingProblem problem = InstanceGenerator.generate(InstanceSize.SMALL, seed);
		Set<String> partnerIds = problem.partners().stream().map(Partner::id).collect(Collectors.toSet());

		assertThat(problem.offers()).extracting(Offer::id).doesNotHaveDuplicates();
		assertThat(problem.partners()).extracting(Partner::id).doesNotHaveDuplicates();
		assertThat(problem.partners()).allSatisfy((partner) -> assertThat(partner.expertise()).isNotEmpty());
		assertThat(problem.offers()).allSatisfy((offer) -> {
			assertThat(offer.amount()).as(offer.id()).isPositive();
			assertThat(offer.capacity()).as(offer.id()).isBetween(1, 6);
			assertThat(offer.availableFrom()).as(offer.id()).isBefore(offer.availableUntil());
			assertThat(offer.partner().id()).as(offer.id()).isIn(partnerIds);
			assertThat(offer.unit()).as(offer.id()).isIn(UNITS.get(offer.kind()));
			assertThat(offer.thematicAreas()).as(offer.id()).isNotEmpty();
			assertThat(offer.countries().size() + offer.regions().size()).as(offer.id()).isPositive();
			assertThat(offer.languages()).as(offer.id()).contains("en");
		});
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void generatesOnlyValidRequestsWithPositiveAmountsAndDeadlinesAfterThePlanDate(long seed) {
		MatchingProblem problem = InstanceGenerator.generate(InstanceSize.SMALL, seed);
		LocalDate planDate = problem.parameters().planDate();

		assertThat(problem.requests()).extracting(SupportRequest::id).doesNotHaveDuplicates();
		assertThat(problem.requests()).allSatisfy((request) -> {
			assertThat(request.amount()).as(request.id()).isPositive();
			assertThat(request.deadline()).as(request.id()).isAfter(planDate);
			assertThat(request.unit()).as(request.id()).isIn(UNITS.get(request.kind()));
			assertThat(request.objective().neededExpertise()).as(request.id()).isNotEmpty();
			assertThat(request.objective().deficits()).as(request.id()).isNotEmpty().allSatisfy((deficit) -> {
				assertThat(deficit.severity()).isBetween(1, 5);
				assertThat(request.thematicAreas()).contains(deficit.thematicArea());
			});
			assertThat(request.country().iso3()).as(request.id()).hasSize(3);
		});
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void generatesAcceptedMatchesOnEligibleOffersWithinTheirAmountAndCapacity(long seed) {
		MatchingProblem problem = InstanceGenerator.generate(InstanceSize.MEDIUM, seed);
		Map<String, SupportRequest> requests = problem.requests()
			.stream()
			.collect(Collectors.toMap(SupportRequest::id, Function.identity()));
		Map<String, Offer> offers = problem.offers().stream().collect(Collectors.toMap(Offer::id, Function.identity()));
		Map<String, Long> given = new HashMap<>();
		Map<String, Set<String>> served = new HashMap<>();

		assertThat(problem.acceptedMatches()).isNotEmpty().allSatisfy((match) -> {
			SupportRequest request = requests.get(match.requestId());
			Offer offer = offers.get(match.offerId());
			assertThat(request).as(match.toString()).isNotNull();
			assertThat(offer).as(match.toString()).isNotNull();
			assertThat(match.amount()).as(match.toString()).isPositive().isLessThanOrEqualTo(request.amount());
			assertThat(Eligibility.isEligible(offer, request, problem.parameters().planDate())).as(match.toString())
				.isTrue();
			given.merge(offer.id(), match.amount(), Long::sum);
			served.computeIfAbsent(offer.id(), (key) -> new HashSet<>()).add(request.id());
		});
		given.forEach((offer, amount) -> assertThat(amount).as(offer).isLessThanOrEqualTo(offers.get(offer).amount()));
		served.forEach((offer, ids) -> assertThat(ids).as(offer).hasSizeLessThanOrEqualTo(offers.get(offer).capacity()));
		assertThat(PlanChecker.check(PlanBuilder.build(problem))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void generatesRejectionsTrackRecordsAndExistingSupportThatReferToGeneratedFacts(long seed) {
		MatchingProblem problem = InstanceGenerator.generate(InstanceSize.MEDIUM, seed);
		Set<String> requestIds = problem.requests().stream().map(SupportRequest::id).collect(Collectors.toSet());
		Set<String> objectiveIds = problem.requests()
			.stream()
			.map((request) -> request.objective().id())
			.collect(Collectors.toSet());
		Set<String> partnerIds = problem.partners().stream().map(Partner::id).collect(Collectors.toSet());
		Set<String> countries = Stream
			.concat(problem.requests().stream().map((request) -> request.country().iso3()),
					problem.offers().stream().flatMap((offer) -> offer.countries().stream()))
			.collect(Collectors.toSet());

		assertThat(problem.rejections()).isNotEmpty().allSatisfy((rejection) -> {
			assertThat(rejection.requestId()).isIn(requestIds);
			assertThat(rejection.partnerId()).isIn(partnerIds);
		});
		assertThat(problem.trackRecords()).isNotEmpty().allSatisfy((record) -> {
			assertThat(record.partnerId()).isIn(partnerIds);
			assertThat(record.countryIso3()).isIn(countries);
			assertThat(record.acceptedMatches()).isBetween(0, 3);
			assertThat(record.sharedWorkStreams()).isBetween(0, 2);
		});
		assertThat(problem.trackRecords()).extracting((record) -> record.partnerId() + record.countryIso3())
			.doesNotHaveDuplicates();
		assertThat(problem.existingSupport()).isNotEmpty()
			.allSatisfy((support) -> assertThat(support.objectiveId()).isIn(objectiveIds));
	}

	@Test
	void scalesOnlyTheOffersAmountsWithTheSupplyScale() {
		MatchingProblem standard = InstanceGenerator.generate(InstanceSize.SMALL, 3);
		MatchingProblem doubled = InstanceGenerator.generate(InstanceSize.SMALL, 3, 2.0);

		assertThat(InstanceGenerator.generate(InstanceSize.SMALL, 3, 1.0).offers()).extracting(Offer::amount)
			.isEqualTo(standard.offers().stream().map(Offer::amount).toList());
		assertThat(doubled.requests().stream().map(InstanceGeneratorTests::describe).toList())
			.isEqualTo(standard.requests().stream().map(InstanceGeneratorTests::describe).toList());
		for (int i = 0; i < standard.offers().size(); i++) {
			Offer before = standard.offers().get(i);
			Offer after = doubled.offers().get(i);
			assertThat(after.id()).isEqualTo(before.id());
			assertThat(after.amount()).as(after.id()).isEqualTo(2 * before.amount());
		}
		assertThatThrownBy(() -> InstanceGenerator.generate(InstanceSize.SMALL, 3, 0.0))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static final Map<SupportKind, Set<String>> UNITS = Map.of(SupportKind.FUNDING, Set.of("USD", "EUR", "CHF"),
			SupportKind.TECHNICAL_ASSISTANCE, Set.of("PERSON_DAYS"), SupportKind.DIALOGUE_FACILITATION,
			Set.of("PERSON_DAYS"), SupportKind.TRAINING, Set.of("PLACES"), SupportKind.KNOWLEDGE, Set.of("PRODUCTS"));

	// Sets are printed sorted: Set.copyOf iterates in an order that changes from one JVM to the next.
	private static String fingerprint(MatchingProblem problem) {
		Stream<String> offers = problem.offers().stream().map(InstanceGeneratorTests::describe);
		Stream<String> requests = problem.requests().stream().map(InstanceGeneratorTests::describe);
		Stream<String> rest = Stream.of(problem.acceptedMatches(), problem.rejections(), problem.trackRecords(),
				problem.existingSupport(), problem.partners().stream().map((partner) -> partner.id() + partner.kind()
						+ partner.membershipStatus() + new TreeSet<>(partner.expertise())).toList())
			.map(List::toString);
		return Stream.of(offers, requests, rest).flatMap((stream) -> stream).collect(Collectors.joining("\n"));
	}

	private static String describe(Offer offer) {
		return String.join("|", offer.id(), offer.partner().id(), offer.kind().name(), Long.toString(offer.amount()),
				offer.unit(), Integer.toString(offer.capacity()), new TreeSet<>(offer.thematicAreas()).toString(),
				new TreeSet<>(offer.countries()).toString(), new TreeSet<>(offer.regions()).toString(),
				new TreeSet<>(offer.languages()).toString(), offer.availableFrom().toString(),
				offer.availableUntil().toString());
	}

	private static String describe(SupportRequest request) {
		return String.join("|", request.id(), request.kind().name(), Long.toString(request.amount()), request.unit(),
				request.language(), request.deadline().toString(), request.country().iso3(),
				new TreeSet<>(request.thematicAreas()).toString(),
				new TreeSet<>(request.objective().neededExpertise()).toString(),
				request.objective().deficits().toString());
	}

}
