package org.ilo.coalition.matching.constraint;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** The reason behind one constraint match, with what a sentence for a person needs. */
public sealed interface MatchJustification extends ConstraintJustification permits Justifications.OfferAmountExceeded,
		Justifications.OfferCapacityExceeded, Justifications.KindOrUnitMismatch, Justifications.ThematicAreaNotCovered,
		Justifications.ExpertiseMissing, Justifications.CountryNotServed, Justifications.NotAvailableInTime,
		Justifications.PartnerNotAdmitted, Justifications.RejectedByCoordinationGroup, Justifications.UnmetNeed,
		Justifications.LanguageMismatch, Justifications.TrackRecordInCountry, Justifications.TripartiteInvolvement,
		Justifications.PartnerLoad, Justifications.ObjectiveAlreadySupported, Justifications.SamePartnerTwice,
		Justifications.SeveralPartners {

	/** One English sentence a coordination group member can read. */
	String sentence();

}
