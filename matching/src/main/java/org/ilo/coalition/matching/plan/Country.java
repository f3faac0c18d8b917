package org.ilo.coalition.matching.plan;

import java.util.Objects;

/**
 * A member State, with the ILO region it belongs to.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, the identity
 * @param region ILO region code: {@code AFRICA}, {@code AMERICAS}, {@code ARAB_STATES}, {@code ASIA_PACIFIC} or
 * {@code EUROPE_CENTRAL_ASIA}
 */
public record Country(String iso3, String name, String region) {

	public Country {
		Objects.requireNonNull(iso3, "iso3");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(region, "region");
	}

	// Identity by code: constraint streams hash these as group keys millions of times per second.
	@Override
	public boolean equals(Object other) {
		return other instanceof Country country && this.iso3.equals(country.iso3);
	}

	@Override
	public int hashCode() {
		return this.iso3.hashCode();
	}

}
