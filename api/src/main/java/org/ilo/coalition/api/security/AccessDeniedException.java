package org.ilo.coalition.api.security;

/** The caller may not do what it asked: not signed in ({@code unauthenticated}) or not allowed. */
public class AccessDeniedException extends RuntimeException {

	private final boolean unauthenticated;

	public AccessDeniedException(boolean unauthenticated, String message) {
		super(message);
		this.unauthenticated = unauthenticated;
	}

	/** Whether signing in could help (UNAUTHORIZED) rather than not (FORBIDDEN). */
	public boolean unauthenticated() {
		return this.unauthenticated;
	}

}
