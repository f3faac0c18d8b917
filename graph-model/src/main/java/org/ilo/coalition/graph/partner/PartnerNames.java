package org.ilo.coalition.graph.partner;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalizes organization names for search, ordering and duplicate detection. */
public final class PartnerNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private PartnerNames() {
	}

	/** Lower case, accents removed, runs of white space folded to one space, trimmed. */
	public static String normalize(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
	}

	/** The key that a database constraint keeps unique: one organization of a name per country. */
	public static String dedupKey(String name, String countryIso3) {
		return normalize(name) + "|" + countryIso3;
	}

}
