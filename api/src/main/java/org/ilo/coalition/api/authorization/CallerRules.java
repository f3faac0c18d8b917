package org.ilo.coalition.api.authorization;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.security.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The "own partner" and "own country" rules of docs/security.md, for {@code @PreAuthorize} expressions:
 * {@code @callers.isPartner(authentication, #input.partnerId(), 'input.partnerId')}.
 *
 * <p>The arguments are read as the controller method reads them, so a malformed id or an unknown country is still a
 * {@code BAD_REQUEST} naming the argument (checked before the rights, as before method security). Rules that need the
 * graph (whose offer, whose support request) stay in the controllers.
 *
 * <p>In a package of its own because it joins {@code security} (the caller) and {@code graphql} (ids, codes), and
 * {@code graphql} already depends on {@code security} for the classification of refusals.
 */
@Component("callers")
public class CallerRules {

	private static final String PARTNER = "Partner";

	private final ReferenceArguments references;

	public CallerRules(ReferenceArguments references) {
		this.references = references;
	}

	/** Whether the caller is a user of the partner whose global id is {@code partnerId}. */
	public boolean isPartner(Authentication authentication, String partnerId, String argument) {
		return Callers.of(authentication).isPartner(GlobalId.keyOf(argument, PARTNER, partnerId));
	}

	/** Whether the caller is a user of the member State {@code country} (an ISO3 code, in any letter case). */
	public boolean isMemberState(Authentication authentication, String country, String argument) {
		return Callers.of(authentication).isMemberState(this.references.memberState(argument, country));
	}

}
