package org.ilo.coalition.api.security;

/** The roles of the platform's users; anonymous callers are {@link #PUBLIC}. */
public enum Role {

	PUBLIC, PARTNER, MEMBER_STATE, COORDINATION_GROUP, SECRETARIAT

}
