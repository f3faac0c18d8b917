package org.ilo.coalition.api.graphql;

import java.util.Locale;
import java.util.regex.Pattern;

import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.springframework.stereotype.Component;

/** Checks arguments that name reference data (countries, areas, expertise, programmes) against the catalog. */
@Component
public class ReferenceArguments {

	private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");

	private final ReferenceCatalog catalog;

	public ReferenceArguments(ReferenceCatalog catalog) {
		this.catalog = catalog;
	}

	/** The upper-case form of a well-formed ISO3 code, or {@code null} for {@code null}; the code may be unknown. */
	public static String iso3Format(String argument, String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		if (!ISO3.matcher(trimmed).matches()) {
			throw new BadRequestException(argument, "must be an ISO 3166-1 alpha-3 code such as 'KEN', was '" + shorten(value) + "'");
		}
		return trimmed.toUpperCase(Locale.ROOT);
	}

	/** A known country's ISO3 code, or {@code null} for {@code null}. */
	public String country(String argument, String value) {
		String iso3 = iso3Format(argument, value);
		if (iso3 != null && this.catalog.country(iso3).isEmpty()) {
			throw new BadRequestException(argument, "is not the ISO 3166-1 alpha-3 code of a known country: '" + iso3 + "'");
		}
		return iso3;
	}

	/** The ISO3 code of a known ILO member State, required. */
	public String memberState(String argument, String value) {
		if (value == null) {
			throw new BadRequestException(argument, "is required");
		}
		String iso3 = country(argument, value);
		if (!this.catalog.country(iso3).map((c) -> c.memberState()).orElse(false)) {
			throw new BadRequestException(argument, "is not an ILO member State: '" + iso3 + "'");
		}
		return iso3;
	}

	/** A known functional area code, or {@code null} for {@code null}. */
	public String functionalArea(String argument, String value) {
		return known(argument, value, "functional area", this.catalog.functionalArea(normalizeCode(value)).isPresent());
	}

	/** A known indicator code such as {@code 8.3.1}, or {@code null} for {@code null}. */
	public String indicator(String argument, String value) {
		return known(argument, value, "indicator", this.catalog.indicator(value == null ? "" : value.strip()).isPresent());
	}

	/** A known thematic area code, or {@code null} for {@code null}. */
	public String thematicArea(String argument, String value) {
		return known(argument, value, "thematic area", this.catalog.thematicArea(normalizeCode(value)).isPresent());
	}

	/** A known expertise code, or {@code null} for {@code null}. */
	public String expertise(String argument, String value) {
		return known(argument, value, "expertise", this.catalog.expertise(normalizeCode(value)).isPresent());
	}

	/** A known priority programme code, or {@code null} for {@code null}. */
	public String programme(String argument, String value) {
		return known(argument, value, "priority programme", this.catalog.priorityProgramme(normalizeCode(value)).isPresent());
	}

	private static String known(String argument, String value, String what, boolean present) {
		if (value == null) {
			return null;
		}
		if (!present) {
			throw new BadRequestException(argument, "is not a known " + what + " code: '" + shorten(value) + "'");
		}
		return normalizeCode(value);
	}

	private static String normalizeCode(String value) {
		return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
	}

	private static String shorten(String value) {
		return value.length() > 64 ? value.substring(0, 64) + "…" : value;
	}

}
