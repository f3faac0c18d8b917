package org.ilo.coalition.graph.country;

/** A country identified by its ISO 3166-1 alpha-3 code, usually an ILO member State, in one ILO region. */
public record Country(String iso3, String iso2, String name, boolean memberState,
		Region region) {
}
