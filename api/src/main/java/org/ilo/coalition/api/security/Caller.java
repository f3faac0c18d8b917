package org.ilo.coalition.api.security;

import org.ilo.coalition.graph.command.Actor;

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
	 * Fails unless the caller has one of {@code roles}.
	 * @throws AccessDeniedException UNAUTHORIZED for anonymous callers, FORBIDDEN for others
	 */
	public void require(String operation, Role... roles) {
		for (Role allowed : roles) {
			if (this.role == allowed) {
				return;
			}
		}
		throw denied(operation);
	}

	/**
	 * Fails unless {@code allowed}; the message names the operation.
	 * @throws AccessDeniedException UNAUTHORIZED for anonymous callers, FORBIDDEN for others
	 */
	public void check(boolean allowed, String operation) {
		if (!allowed) {
			throw denied(operation);
		}
	}

	private AccessDeniedException denied(String operation) {
		return new AccessDeniedException(this.role == Role.PUBLIC,
				this.role == Role.PUBLIC ? "Sign in to " + operation
						: "A " + this.role + " user may not " + operation);
	}

	/** The actor recorded in the audit trail. */
	public Actor actor() {
		return new Actor(this.username, this.role.name());
	}

}
