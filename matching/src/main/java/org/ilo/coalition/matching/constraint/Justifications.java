package org.ilo.coalition.matching.constraint;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.coalition.matching.plan.Country;
import org.ilo.coalition.matching.plan.ExistingSupport;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.ilo.coalition.matching.plan.TrackRecord;

/** The justification records of the matching constraints, one per constraint. */
public final class Justifications {

	private Justifications() {
	}

	/** An offer would hand out more than it holds. */
	public record OfferAmountExceeded(Offer offer, long assignedAmount) implements MatchJustification {

		@Override
		public String sentence() {
			return "offer '%s' of %s would give %d %s but holds %d".formatted(offer.title(), offer.partner().name(),
					assignedAmount, offer.unit(), offer.amount());
		}

	}

	/** An offer would serve more requests at once than its capacity. */
	public record OfferCapacityExceeded(Offer offer, int requests) implements MatchJustification {

		@Override
		public String sentence() {
			return "offer '%s' of %s would serve %d requests at once but can serve %d".formatted(offer.title(),
					offer.partner().name(), requests, offer.capacity());
		}

	}

	/** The offer gives another kind of support, or in another unit, than the request asks for. */
	public record KindOrUnitMismatch(String partId, SupportRequest request, Offer offer) implements MatchJustification {

		@Override
		public String sentence() {
			return "offer '%s' gives %s in %s but request '%s' asks for %s in %s".formatted(offer.title(), offer.kind(),
					offer.unit(), request.title(), request.kind(), request.unit());
		}

	}

	/** The offer covers none of the request's thematic areas. */
	public record ThematicAreaNotCovered(String partId, SupportRequest request, Offer offer)
			implements MatchJustification {

		@Override
		public String sentence() {
			return "offer '%s' covers %s, none of the areas %s of request '%s'".formatted(offer.title(),
					new TreeSet<>(offer.thematicAreas()), new TreeSet<>(request.thematicAreas()), request.title());
		}

	}

	/** The partner lacks expertise that the objective needs. */
	public record ExpertiseMissing(String partId, SupportRequest request, Partner partner, Set<String> missing)
			implements MatchJustification {

		@Override
		public String sentence() {
			return "%s does not declare the expertise %s that the objective of request '%s' needs"
				.formatted(partner.name(), new TreeSet<>(missing), request.title());
		}

	}

	/** The offer serves neither the request's country nor its region. */
	public record CountryNotServed(String partId, SupportRequest request, Offer offer) implements MatchJustification {

		@Override
		public String sentence() {
			return "offer '%s' serves neither %s nor the region %s".formatted(offer.title(), request.country().name(),
					request.country().region());
		}

	}

	/** The offer starts after the request's deadline, or ended before the plan date. */
	public record NotAvailableInTime(String partId, SupportRequest request, Offer offer, LocalDate planDate)
			implements MatchJustification {

		@Override
		public String sentence() {
			return "offer '%s' runs from %s to %s, which misses request '%s' (deadline %s, plan date %s)".formatted(
					offer.title(), offer.availableFrom(), offer.availableUntil(), request.title(), request.deadline(),
					planDate);
		}

	}

	/** The partner is not an admitted member of the Coalition. */
	public record PartnerNotAdmitted(String partId, Partner partner) implements MatchJustification {

		@Override
		public String sentence() {
			return "%s is %s, not an admitted member".formatted(partner.name(), partner.membershipStatus());
		}

	}

	/** The coordination group rejected this partner for this request. */
	public record RejectedByCoordinationGroup(String partId, SupportRequest request, Partner partner)
			implements MatchJustification {

		@Override
		public String sentence() {
			return "the coordination group rejected %s for request '%s'".formatted(partner.name(), request.title());
		}

	}

	/** A part of a request is left without an offer. */
	public record UnmetNeed(String partId, SupportRequest request, long amount, int severity)
			implements MatchJustification {

		@Override
		public String sentence() {
			return "%d %s of request '%s' (%s, %s) stay unmet".formatted(amount, request.unit(), request.title(),
					request.country().name(), request.severityPhrase());
		}

	}

	/** The offer is not given in the request's language. */
	public record LanguageMismatch(String partId, SupportRequest request, Offer offer) implements MatchJustification {

		@Override
		public String sentence() {
			return "offer '%s' is given in %s, not in the requested '%s'".formatted(offer.title(),
					new TreeSet<>(offer.languages()), request.language());
		}

	}

	/** The partner already worked in the request's country. */
	public record TrackRecordInCountry(String partId, Partner partner, Country country, TrackRecord record)
			implements MatchJustification {

		@Override
		public String sentence() {
			return "%s has %d accepted matches and %d shared work streams in %s".formatted(partner.name(),
					record.acceptedMatches(), record.sharedWorkStreams(), country.name());
		}

	}

	/** Employers' or workers' organizations take part in a country's matches. */
	public record TripartiteInvolvement(Country country, Set<PartnerKind> kindsInvolved) implements MatchJustification {

		@Override
		public String sentence() {
			boolean employers = kindsInvolved.contains(PartnerKind.EMPLOYERS_ORGANIZATION);
			boolean workers = kindsInvolved.contains(PartnerKind.WORKERS_ORGANIZATION);
			String who = (employers && workers) ? "both employers' and workers' organizations"
					: (employers ? "an employers' organization" : "a workers' organization");
			return "the matches in %s involve %s".formatted(country.name(), who);
		}

	}

	/** How many parts one partner carries. */
	public record PartnerLoad(Partner partner, int parts) implements MatchJustification {

		@Override
		public String sentence() {
			return "%s carries %d matched parts".formatted(partner.name(), parts);
		}

	}

	/** The objective already receives this kind of support. */
	public record ObjectiveAlreadySupported(String partId, SupportRequest request, ExistingSupport support)
			implements MatchJustification {

		@Override
		public String sentence() {
			return "the objective of request '%s' already receives %s from %s".formatted(request.title(),
					support.kind(), support.source());
		}

	}

	/** Two parts of one request use two offers of the same partner. */
	public record SamePartnerTwice(SupportRequest request, Partner partner, String offerId, String otherOfferId)
			implements MatchJustification {

		@Override
		public String sentence() {
			return "request '%s' uses two offers of %s (%s and %s)".formatted(request.title(), partner.name(), offerId,
					otherOfferId);
		}

	}

	/** A request is spread over several partners. */
	public record SeveralPartners(SupportRequest request, int partners) implements MatchJustification {

		@Override
		public String sentence() {
			return "request '%s' is spread over %d partners".formatted(request.title(), partners);
		}

	}

}
