package org.ilo.coalition.api.matching;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.api.security.Role;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.matching.ConsentAnswer;
import org.ilo.coalition.graph.matching.ConsentParty;
import org.ilo.coalition.graph.matching.MatchLifecycle;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.matching.MatchSuggestionView;
import org.ilo.coalition.graph.matching.MatchSuggestionView.Consent;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * A match after the review: the parties' consent, the coordination group's retraction, and the match fields of
 * {@code MatchSuggestion} (docs/matching.md, "After the review").
 */
@Controller
public class MatchController {

	private static final String TYPE = MatchSuggestionController.TYPE;

	private final MatchLifecycle lifecycle;

	private final MatchSuggestionStore suggestions;

	public MatchController(MatchLifecycle lifecycle, MatchSuggestionStore suggestions) {
		this.lifecycle = lifecycle;
		this.suggestions = suggestions;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PARTNER', 'MEMBER_STATE')")
	public MatchSuggestionView answerMatch(@Argument String id, @Argument int version, @Argument ConsentAnswer answer,
			@Argument String reason, @Nullable Principal principal) {
		String key = GlobalId.keyOf("id", TYPE, id);
		Caller caller = Callers.of(principal);
		MatchSuggestionView match = find(key);
		// Whose offer and whose country are in the graph: checked after the existence check.
		boolean partner = caller.role() == Role.PARTNER;
		caller.check(partner ? caller.isPartner(match.partnerId()) : caller.isMemberState(match.countryIso3()),
				"answer this match");
		return this.lifecycle.answer(caller.actor(), partner ? ConsentParty.PARTNER : ConsentParty.MEMBER_STATE, key,
				version, answer, Inputs.optional("reason", reason, Inputs.LONG_TEXT));
	}

	@MutationMapping
	@PreAuthorize("hasRole('COORDINATION_GROUP')")
	public MatchSuggestionView retractMatch(@Argument String id, @Argument int version, @Argument String reason,
			@Nullable Principal principal) {
		String key = GlobalId.keyOf("id", TYPE, id);
		return this.lifecycle.retract(Callers.of(principal).actor(), key, version,
				Inputs.required("reason", reason, Inputs.LONG_TEXT));
	}

	private MatchSuggestionView find(String key) {
		List<MatchSuggestionView> found = this.suggestions.findByIds(List.of(key));
		if (found.isEmpty()) {
			throw new NotFoundException("id", "match", key);
		}
		return found.get(0);
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable OffsetDateTime consentDeadline(MatchSuggestionView suggestion) {
		return suggestion.match() == null ? null : suggestion.match().consentDeadline();
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable Consent partnerConsent(MatchSuggestionView suggestion) {
		return suggestion.match() == null ? null : suggestion.match().partnerConsent();
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable Consent memberStateConsent(MatchSuggestionView suggestion) {
		return suggestion.match() == null ? null : suggestion.match().memberStateConsent();
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable OffsetDateTime confirmedAt(MatchSuggestionView suggestion) {
		return suggestion.match() == null ? null : suggestion.match().confirmedAt();
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable OffsetDateTime endedAt(MatchSuggestionView suggestion) {
		return suggestion.match() == null ? null : suggestion.match().endedAt();
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable String endedBy(MatchSuggestionView suggestion) {
		return suggestion.match() == null ? null : suggestion.match().endedBy();
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable String endReason(MatchSuggestionView suggestion) {
		return suggestion.match() == null ? null : suggestion.match().endReason();
	}

}
