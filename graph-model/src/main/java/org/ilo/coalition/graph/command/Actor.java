package org.ilo.coalition.graph.command;

/**
 * Who makes a change, as recorded in the audit trail.
 *
 * @param username the login or token subject; {@code anonymous} for the public
 * @param role the caller's role, such as {@code SECRETARIAT}
 */
public record Actor(String username, String role) {

	public static final Actor SYSTEM = new Actor("system", "SYSTEM");

}
