package org.ilo.coalition.api.security;

import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns the authenticated principal (a demo account or a JWT) into a {@link Caller}.
 *
 * <p>JWT claims: {@code sub} the username; {@code roles} a list (or one string) holding one of the {@link Role}
 * names, the highest one counts; {@code partner_id} the partner a PARTNER user acts for; {@code country} the ISO3
 * code of a MEMBER_STATE user's country.
 */
public final class Callers {

	private Callers() {
	}

	public static Caller of(@Nullable Principal principal) {
		if (principal instanceof JwtAuthenticationToken token) {
			return fromJwt(token.getToken());
		}
		if (principal instanceof Authentication authentication && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof DemoUser user) {
			return user.caller();
		}
		return Caller.ANONYMOUS;
	}

	/**
	 * Signs a verified JWT in as its {@link Caller}'s role, the one authority that {@code hasRole} checks: a token
	 * listing several roles counts as the highest, one without a known role as {@code PUBLIC} (as {@link #of} reads it).
	 */
	public static JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter((jwt) -> List.of(fromJwt(jwt).role().authority()));
		return converter;
	}

	static Caller fromJwt(Jwt jwt) {
		Role role = highestRole(jwt.getClaim("roles"));
		String partner = role == Role.PARTNER ? jwt.getClaimAsString("partner_id") : null;
		String country = role == Role.MEMBER_STATE ? upper(jwt.getClaimAsString("country")) : null;
		return new Caller(jwt.getSubject() == null ? "unnamed" : jwt.getSubject(), role, partner, country);
	}

	private static Role highestRole(Object claim) {
		Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
		Role highest = Role.PUBLIC;
		for (Object value : values) {
			for (Role role : Role.values()) {
				if (role.name().equalsIgnoreCase(String.valueOf(value)) && role.ordinal() > highest.ordinal()) {
					highest = role;
				}
			}
		}
		return highest;
	}

	private static String upper(String value) {
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

}
