package org.ilo.coalition.matching.constraint;

import java.util.List;
import java.util.Set;

import org.ilo.coalition.matching.constraint.Justifications.CountryNotServed;
import org.ilo.coalition.matching.constraint.Justifications.ExpertiseMissing;
import org.ilo.coalition.matching.constraint.Justifications.KindOrUnitMismatch;
import org.ilo.coalition.matching.constraint.Justifications.LanguageMismatch;
import org.ilo.coalition.matching.constraint.Justifications.NotAvailableInTime;
import org.ilo.coalition.matching.constraint.Justifications.ObjectiveAlreadySupported;
import org.ilo.coalition.matching.constraint.Justifications.OfferAmountExceeded;
import org.ilo.coalition.matching.constraint.Justifications.OfferCapacityExceeded;
import org.ilo.coalition.matching.constraint.Justifications.PartnerLoad;
import org.ilo.coalition.matching.constraint.Justifications.PartnerNotAdmitted;
import org.ilo.coalition.matching.constraint.Justifications.RejectedByCoordinationGroup;
import org.ilo.coalition.matching.constraint.Justifications.SamePartnerTwice;
import org.ilo.coalition.matching.constraint.Justifications.SeveralPartners;
import org.ilo.coalition.matching.constraint.Justifications.ThematicAreaNotCovered;
import org.ilo.coalition.matching.constraint.Justifications.TrackRecordInCountry;
import org.ilo.coalition.matching.constraint.Justifications.TripartiteInvolvement;
import org.ilo.coalition.matching.constraint.Justifications.UnmetNeed;
import org.ilo.coalition.matching.plan.Eligibility;
import org.ilo.coalition.matching.plan.ExistingSupport;
import org.ilo.coalition.matching.plan.MatchingParameters;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.TrackRecord;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSet;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

/**
 * The constraint provider as of commit b93c4e3, before the stream optimizations, for A/B speed runs only (ConstraintCostTests). The matching score: hard rules that no plan may break, the severity-weighted unmet need, then soft preferences.
 *
 * <p>Rules about one (request, offer) pair are already enforced by each part's eligible offers; they are constraints
 * too so that pinned or injected plans are scored, checked and explained by the same rules.
 */
public class BaselineConstraintProvider implements ConstraintProvider {

	static final String OFFER_AMOUNT_EXCEEDED = MatchingConstraintProvider.OFFER_AMOUNT_EXCEEDED;

	static final String OFFER_CAPACITY_EXCEEDED = MatchingConstraintProvider.OFFER_CAPACITY_EXCEEDED;

	static final String KIND_OR_UNIT_MISMATCH = MatchingConstraintProvider.KIND_OR_UNIT_MISMATCH;

	static final String THEMATIC_AREA_NOT_COVERED = MatchingConstraintProvider.THEMATIC_AREA_NOT_COVERED;

	static final String EXPERTISE_MISSING = MatchingConstraintProvider.EXPERTISE_MISSING;

	static final String COUNTRY_NOT_SERVED = MatchingConstraintProvider.COUNTRY_NOT_SERVED;

	static final String NOT_AVAILABLE_IN_TIME = MatchingConstraintProvider.NOT_AVAILABLE_IN_TIME;

	static final String PARTNER_NOT_ADMITTED = MatchingConstraintProvider.PARTNER_NOT_ADMITTED;

	static final String REJECTED_BY_COORDINATION_GROUP = MatchingConstraintProvider.REJECTED_BY_COORDINATION_GROUP;

	static final String UNMET_NEED = MatchingConstraintProvider.UNMET_NEED;

	static final String LANGUAGE_MISMATCH = MatchingConstraintProvider.LANGUAGE_MISMATCH;

	static final String TRACK_RECORD_IN_COUNTRY = MatchingConstraintProvider.TRACK_RECORD_IN_COUNTRY;

	static final String TRIPARTITE_INVOLVEMENT = MatchingConstraintProvider.TRIPARTITE_INVOLVEMENT;

	static final String PARTNER_LOAD = MatchingConstraintProvider.PARTNER_LOAD;

	static final String OBJECTIVE_ALREADY_SUPPORTED = MatchingConstraintProvider.OBJECTIVE_ALREADY_SUPPORTED;

	static final String SAME_PARTNER_TWICE = MatchingConstraintProvider.SAME_PARTNER_TWICE;

	static final String SEVERAL_PARTNERS = MatchingConstraintProvider.SEVERAL_PARTNERS;

	/** Every constraint name, hard ones first, in the order of {@link #defineConstraints}. */

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { offerAmountExceeded(factory), offerCapacityExceeded(factory),
				kindOrUnitMismatch(factory), thematicAreaNotCovered(factory), expertiseMissing(factory),
				countryNotServed(factory), notAvailableInTime(factory), partnerNotAdmitted(factory),
				rejectedByCoordinationGroup(factory), unmetNeed(factory), languageMismatch(factory),
				trackRecordInCountry(factory), tripartiteInvolvement(factory), partnerLoad(factory),
				objectiveAlreadySupported(factory), samePartnerTwice(factory), severalPartners(factory) };
	}

	// Hard: the parts on an offer never add up to more than the offer holds (accepted parts included).
	Constraint offerAmountExceeded(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.groupBy(RequestPart::getOffer, sumLong(RequestPart::getAmount))
			.filter((offer, assigned) -> assigned > offer.amount())
			.penalizeLong(MatchingWeights.HARD, MatchingWeights::amountExcess)
			.justifyWith((offer, assigned, score) -> new OfferAmountExceeded(offer, assigned))
			.indictWith((offer, assigned) -> List.of(offer))
			.asConstraint(OFFER_AMOUNT_EXCEEDED);
	}

	// Hard: an offer serves no more distinct requests at once than its capacity.
	Constraint offerCapacityExceeded(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.groupBy(RequestPart::getOffer, countDistinct(RequestPart::getRequest))
			.filter((offer, requests) -> requests > offer.capacity())
			.penalizeLong(MatchingWeights.HARD,
					(offer, requests) -> (requests - offer.capacity()) * MatchingWeights.CAPACITY_EXCESS_PER_REQUEST)
			.justifyWith((offer, requests, score) -> new OfferCapacityExceeded(offer, requests))
			.indictWith((offer, requests) -> List.of(offer))
			.asConstraint(OFFER_CAPACITY_EXCEEDED);
	}

	// Hard: the offer gives the kind of support the request asks for, in the same unit.
	Constraint kindOrUnitMismatch(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.filter((part) -> !Eligibility.kindAndUnitMatch(part.getOffer(), part.getRequest()))
			.penalizeLong(MatchingWeights.HARD, (part) -> MatchingWeights.PAIR_RULE_BROKEN)
			.justifyWith((part, score) -> new KindOrUnitMismatch(part.getId(), part.getRequest(), part.getOffer()))
			.asConstraint(KIND_OR_UNIT_MISMATCH);
	}

	// Hard: the offer covers at least one thematic area of the request.
	Constraint thematicAreaNotCovered(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.filter((part) -> !Eligibility.coversArea(part.getOffer(), part.getRequest()))
			.penalizeLong(MatchingWeights.HARD, (part) -> MatchingWeights.PAIR_RULE_BROKEN)
			.justifyWith((part, score) -> new ThematicAreaNotCovered(part.getId(), part.getRequest(), part.getOffer()))
			.asConstraint(THEMATIC_AREA_NOT_COVERED);
	}

	// Hard: the partner declares all the expertise the request's objective needs.
	Constraint expertiseMissing(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.filter((part) -> !Eligibility.hasExpertise(part.getPartner(), part.getRequest().objective()))
			.penalizeLong(MatchingWeights.HARD, (part) -> MatchingWeights.PAIR_RULE_BROKEN)
			.justifyWith((part, score) -> new ExpertiseMissing(part.getId(), part.getRequest(), part.getPartner(),
					Eligibility.missingExpertise(part.getPartner(), part.getRequest().objective())))
			.asConstraint(EXPERTISE_MISSING);
	}

	// Hard: the offer serves the request's country, directly or through its region.
	Constraint countryNotServed(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.filter((part) -> !Eligibility.servesCountry(part.getOffer(), part.getRequest().country()))
			.penalizeLong(MatchingWeights.HARD, (part) -> MatchingWeights.PAIR_RULE_BROKEN)
			.justifyWith((part, score) -> new CountryNotServed(part.getId(), part.getRequest(), part.getOffer()))
			.asConstraint(COUNTRY_NOT_SERVED);
	}

	// Hard: the offer is available before the request's deadline and has not ended by the plan date.
	Constraint notAvailableInTime(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.join(MatchingParameters.class)
			.filter((part, parameters) -> !Eligibility.availableInTime(part.getOffer(), part.getRequest(),
					parameters.planDate()))
			.penalizeLong(MatchingWeights.HARD, (part, parameters) -> MatchingWeights.PAIR_RULE_BROKEN)
			.justifyWith((part, parameters, score) -> new NotAvailableInTime(part.getId(), part.getRequest(),
					part.getOffer(), parameters.planDate()))
			.indictWith((part, parameters) -> List.of(part))
			.asConstraint(NOT_AVAILABLE_IN_TIME);
	}

	// Hard: only admitted partners are matched.
	Constraint partnerNotAdmitted(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.filter((part) -> !part.getPartner().isAdmitted())
			.penalizeLong(MatchingWeights.HARD, (part) -> MatchingWeights.PAIR_RULE_BROKEN)
			.justifyWith((part, score) -> new PartnerNotAdmitted(part.getId(), part.getPartner()))
			.asConstraint(PARTNER_NOT_ADMITTED);
	}

	// Hard: a partner the coordination group rejected for a request is never suggested for it again.
	Constraint rejectedByCoordinationGroup(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.ifExists(Rejection.class, equal((RequestPart part) -> part.getRequest().id(), Rejection::requestId),
					equal((RequestPart part) -> part.getPartner().id(), Rejection::partnerId))
			.penalizeLong(MatchingWeights.HARD, (part) -> MatchingWeights.PAIR_RULE_BROKEN)
			.justifyWith((part, score) -> new RejectedByCoordinationGroup(part.getId(), part.getRequest(),
					part.getPartner()))
			.asConstraint(REJECTED_BY_COORDINATION_GROUP);
	}

	// Medium: every unassigned part costs its share of the request times the weight of the deficit's severity.
	Constraint unmetNeed(ConstraintFactory factory) {
		return factory.forEachIncludingNullVars(RequestPart.class)
			.filter((part) -> part.getOffer() == null)
			.penalizeLong(MatchingWeights.MEDIUM,
					(part) -> MatchingWeights.unmetNeed(part.getSharePerMille(), part.getSeverity()))
			.justifyWith((part, score) -> new UnmetNeed(part.getId(), part.getRequest(), part.getAmount(),
					part.getSeverity()))
			.asConstraint(UNMET_NEED);
	}

	// Soft: prefer offers given in the request's language.
	Constraint languageMismatch(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.filter((part) -> !Eligibility.speaksLanguage(part.getOffer(), part.getRequest()))
			.penalizeLong(MatchingWeights.SOFT, (part) -> MatchingWeights.LANGUAGE_MISMATCH)
			.justifyWith((part, score) -> new LanguageMismatch(part.getId(), part.getRequest(), part.getOffer()))
			.asConstraint(LANGUAGE_MISMATCH);
	}

	// Soft: prefer partners that already have accepted matches or shared work streams in the request's country.
	Constraint trackRecordInCountry(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.join(TrackRecord.class, equal((RequestPart part) -> part.getPartner().id(), TrackRecord::partnerId),
					equal((RequestPart part) -> part.getRequest().country().iso3(), TrackRecord::countryIso3))
			.rewardLong(MatchingWeights.SOFT, (part, record) -> MatchingWeights.trackRecordReward(record.strength()))
			.justifyWith((part, record, score) -> new TrackRecordInCountry(part.getId(), part.getPartner(),
					part.getRequest().country(), record))
			.indictWith((part, record) -> List.of(part))
			.asConstraint(TRACK_RECORD_IN_COUNTRY);
	}

	// Soft: in each country, involve employers' and workers' organizations, not only governments and international
	// organizations (a reward per social partner kind among the country's matches).
	Constraint tripartiteInvolvement(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.groupBy((RequestPart part) -> part.getRequest().country(),
					toSet((RequestPart part) -> part.getPartner().kind()))
			.filter((country, kinds) -> socialPartners(kinds) > 0)
			.rewardLong(MatchingWeights.SOFT,
					(country, kinds) -> MatchingWeights.TRIPARTITE_PER_SOCIAL_PARTNER_KIND * socialPartners(kinds))
			.justifyWith((country, kinds, score) -> new TripartiteInvolvement(country, Set.copyOf(kinds)))
			.indictWith((country, kinds) -> List.of(country))
			.asConstraint(TRIPARTITE_INVOLVEMENT);
	}

	// Soft: spread the load fairly across partners (the square of each partner's number of parts).
	Constraint partnerLoad(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.groupBy(RequestPart::getPartner, count())
			.penalizeLong(MatchingWeights.SOFT,
					(partner, parts) -> MatchingWeights.PARTNER_LOAD_SQUARED * parts * parts)
			.justifyWith((partner, parts, score) -> new PartnerLoad(partner, parts))
			.indictWith((partner, parts) -> List.of(partner))
			.asConstraint(PARTNER_LOAD);
	}

	// Soft: do not add support of a kind the request's objective already receives.
	Constraint objectiveAlreadySupported(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.filter((part) -> !part.isAccepted())
			.join(ExistingSupport.class,
					equal((RequestPart part) -> part.getRequest().objective().id(), ExistingSupport::objectiveId),
					equal((RequestPart part) -> part.getRequest().kind(), ExistingSupport::kind))
			.penalizeLong(MatchingWeights.SOFT, (part, support) -> MatchingWeights.OBJECTIVE_ALREADY_SUPPORTED)
			.justifyWith((part, support, score) -> new ObjectiveAlreadySupported(part.getId(), part.getRequest(),
					support))
			.indictWith((part, support) -> List.of(part))
			.asConstraint(OBJECTIVE_ALREADY_SUPPORTED);
	}

	// Soft: two parts of one request should not use two different offers of the same partner.
	Constraint samePartnerTwice(ConstraintFactory factory) {
		return factory.forEachUniquePair(RequestPart.class, equal(RequestPart::getRequest),
				equal(RequestPart::getPartner))
			.filter((part, other) -> !part.getOffer().equals(other.getOffer()))
			.penalizeLong(MatchingWeights.SOFT, (part, other) -> MatchingWeights.SAME_PARTNER_TWICE)
			.justifyWith((part, other, score) -> new SamePartnerTwice(part.getRequest(), part.getPartner(),
					part.getOffer().id(), other.getOffer().id()))
			.asConstraint(SAME_PARTNER_TWICE);
	}

	// Soft: prefer fewer partners per request (each partner beyond the first).
	Constraint severalPartners(ConstraintFactory factory) {
		return factory.forEach(RequestPart.class)
			.groupBy(RequestPart::getRequest, countDistinct(RequestPart::getPartner))
			.filter((request, partners) -> partners > 1)
			.penalizeLong(MatchingWeights.SOFT,
					(request, partners) -> MatchingWeights.EXTRA_PARTNER_PER_REQUEST * (partners - 1))
			.justifyWith((request, partners, score) -> new SeveralPartners(request, partners))
			.indictWith((request, partners) -> List.of(request))
			.asConstraint(SEVERAL_PARTNERS);
	}

	private static int socialPartners(Set<PartnerKind> kinds) {
		int count = 0;
		for (PartnerKind kind : kinds) {
			if (kind.isSocialPartner()) {
				count++;
			}
		}
		return count;
	}

}
