package org.ilo.coalition.api.security;

import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.IdempotencyKey;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is calling: a role and, for partner and member-State users, the partner or country they act for.
 *
 * @param partnerId internal id of the partner a {@link Role#PARTNER} user acts for
 * @param countryIso3 the country a {@link Role#MEMBER_STATE} user acts for
 */
public record Caller(String username, Role role, String partnerId, String countryIso3) {

	/** An anonymous caller. */
	public static final Caller ANONYMOUS = new Caller("anonymous", Role.PUBLIC, null, null);

	/** The coordination group and the secretariat see what the public directory hides. */
	public boolean isPrivileged() {
		return this.role == Role.SECRETARIAT || this.role == Role.COORDINATION_GROUP;
	}

	/** Whether this is a user of partner {@code id}. */
	public boolean isPartner(String id) {
		return this.role == Role.PARTNER && this.partnerId != null && this.partnerId.equals(id);
	}

	/** Whether this is a user of the member State {@code iso3}. */
	public boolean isMemberState(String iso3) {
		return this.role == Role.MEMBER_STATE && this.countryIso3 != null && this.countryIso3.equals(iso3);
	}

	/** May see the non-public details (contact, decision reason) of partner {@code id}. */
	public boolean maySeePrivateDetailsOf(String partnerId) {
		return isPrivileged() || isPartner(partnerId);
	}

	/**
	 * Fails unless {@code allowed}, for the checks that need graph data (whose offer, whose request) and so cannot be a
	 * {@code @PreAuthorize} expression; the message names the operation. {@code GraphQlErrors} classifies the refusal.
	 * @throws AccessDeniedException when not allowed
	 */
	public void check(boolean allowed, String operation) {
		if (!allowed) {
			throw new AccessDeniedException(refusal(operation));
		}
	}

	/** Whether signing in could help this caller (UNAUTHORIZED) rather than not (FORBIDDEN). */
	public boolean mustSignIn() {
		return this.role == Role.PUBLIC;
	}

	/** Why this caller may not do {@code operation}, for the error's message. */
	public String refusal(String operation) {
		return mustSignIn() ? "Sign in to " + operation : "A " + this.role + " user may not " + operation;
	}

	/** The actor recorded in the audit trail. */
	public Actor actor() {
		return new Actor(this.username, this.role.name());
	}

	/**
	 * This caller's idempotency key {@code key} (already checked), or {@code null} without one. Its scope is the role,
	 * the user and whom they act for, so one user acting for two partners or countries has two independent scopes.
	 */
	public @Nullable IdempotencyKey idempotencyKey(@Nullable String key) {
		if (key == null) {
			return null;
		}
		String actingFor = (this.partnerId != null) ? this.partnerId : (this.countryIso3 != null) ? this.countryIso3 : "";
		return new IdempotencyKey(this.role + ":" + this.username + ":" + actingFor, key);
	}

}
