package org.ilo.coalition.api.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The roles of the platform's users; anonymous callers are {@link #PUBLIC}. */
public enum Role {

	PUBLIC, PARTNER, MEMBER_STATE, COORDINATION_GROUP, SECRETARIAT;

	/** The authority that {@code hasRole('...')} in {@code @PreAuthorize} expressions checks. */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

}
