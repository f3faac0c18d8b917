package org.ilo.coalition.graph.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.partner.PartnerNames;

/** Made-up but plausible organization names, websites and languages for demo partners. */
final class DemoNames {

	private static final List<String> WORDS = List.of("Horizon", "Meridian", "Atlas", "Beacon", "Keystone", "Summit",
			"Harbour", "Compass", "Pioneer", "Unity", "Equinox", "Cedar", "Baobab", "Lotus", "Condor", "Sahel",
			"Andes", "Delta", "Orchid", "Aurora", "Granite", "Silverline", "Riverside", "Evergreen");

	private static final List<String> TOPICS = List.of("Decent Work", "Social Protection", "Fair Wages",
			"Gender Equality", "Youth Employment", "Safe Workplaces", "Labour Rights", "Inclusive Growth",
			"Skills Development", "Green Jobs", "Social Dialogue", "Migrant Workers", "Rural Livelihoods",
			"Ending Child Labour", "Responsible Business");

	private static final List<String> SECTORS = List.of("Domestic", "Agricultural", "Transport", "Health",
			"Textile", "Construction", "Mine", "Public Service", "Garment", "Maritime", "Platform", "Teachers'",
			"Hotel and Catering", "Fisheries");

	private static final List<String> INDUSTRIES = List.of("Textiles", "Logistics", "Agrifoods", "Energy",
			"Engineering", "Retail", "Mining", "Telecom", "Pharmaceuticals", "Apparel", "Shipping", "Software",
			"Construction", "Tea Estates");

	private static final List<String> COMPANY_SUFFIXES = List.of("Ltd", "Group", "Holdings", "S.A.", "Corporation",
			"Partners", "Company");

	// Primary languages where they are not English; Arab States default to Arabic below.
	private static final Map<String, String> PRIMARY_LANGUAGE = primaryLanguages();

	private DemoNames() {
	}

	/**
	 * A name for an organization of {@code kind} in {@code countryName} whose duplicate key is not in {@code taken};
	 * the key is added to {@code taken}.
	 */
	static String uniquePartnerName(PartnerKind kind, String countryName, String iso3, Random random,
			Set<String> taken) {
		for (int attempt = 0; attempt < 20; attempt++) {
			String name = partnerName(kind, countryName, random);
			if (taken.add(PartnerNames.dedupKey(name, iso3))) {
				return name;
			}
		}
		// Small countries run out of combinations at benchmark sizes; a branch number keeps names readable.
		String base = partnerName(kind, countryName, random);
		for (int branch = 2;; branch++) {
			String name = base + " (Branch " + branch + ")";
			if (taken.add(PartnerNames.dedupKey(name, iso3))) {
				return name;
			}
		}
	}

	/** The one government partner of a member State. */
	static String governmentName(String countryName) {
		return "Ministry of Labour of " + countryName;
	}

	static String partnerName(PartnerKind kind, String country, Random random) {
		return switch (kind) {
			case GOVERNMENT -> governmentName(country);
			case EMPLOYERS_ORGANIZATION -> switch (random.nextInt(5)) {
				case 0 -> "Federation of Employers of " + country;
				case 1 -> country + " Employers' Confederation";
				case 2 -> "Chamber of Commerce and Industry of " + country;
				case 3 -> country + " Association of " + pick(INDUSTRIES, random) + " Employers";
				default -> pick(WORDS, random) + " Business Council of " + country;
			};
			case WORKERS_ORGANIZATION -> switch (random.nextInt(4)) {
				case 0 -> "General Confederation of Labour of " + country;
				case 1 -> country + " Trade Union Congress";
				case 2 -> "National Union of " + pick(SECTORS, random) + " Workers of " + country;
				default -> pick(SECTORS, random) + " Workers' Federation of " + country;
			};
			case INTERNATIONAL_ORGANIZATION -> switch (random.nextInt(3)) {
				case 0 -> "International Fund for " + pick(TOPICS, random);
				case 1 -> pick(WORDS, random) + " Development Bank";
				default -> "Global Partnership for " + pick(TOPICS, random);
			};
			case ENTERPRISE -> pick(WORDS, random) + " " + pick(INDUSTRIES, random) + " " + pick(COMPANY_SUFFIXES, random);
			case ACADEMIA -> switch (random.nextInt(3)) {
				case 0 -> "University of " + country + " Institute for " + pick(TOPICS, random);
				case 1 -> pick(WORDS, random) + " Institute for " + pick(TOPICS, random) + " Research";
				default -> "Centre for " + pick(TOPICS, random) + " Studies, " + country;
			};
			case NGO -> switch (random.nextInt(3)) {
				case 0 -> pick(WORDS, random) + " Foundation for " + pick(TOPICS, random);
				case 1 -> "Alliance for " + pick(TOPICS, random) + " in " + country;
				default -> country + " Network for " + pick(TOPICS, random);
			};
			case OTHER -> switch (random.nextInt(2)) {
				case 0 -> pick(WORDS, random) + " Cooperative Federation";
				default -> country + " Council of Social Enterprises " + pick(WORDS, random);
			};
		};
	}

	/** A website under a domain made of the name's first words; never checked to exist. */
	static String website(String name, PartnerKind kind) {
		String slug = PartnerNames.normalize(name).replaceAll("[^a-z0-9 ]", "").strip();
		String[] words = slug.split(" ");
		StringBuilder domain = new StringBuilder();
		for (int i = 0; i < words.length && i < 4; i++) {
			domain.append(words[i]);
		}
		String tld = switch (kind) {
			case GOVERNMENT -> "gov.example";
			case ENTERPRISE -> "com.example";
			case ACADEMIA -> "edu.example";
			default -> "org.example";
		};
		return "https://www." + domain + "." + tld;
	}

	/** The ISO 639-1 code of the language a member State's requests are written in. */
	static String primaryLanguage(String iso3, String regionCode) {
		String language = PRIMARY_LANGUAGE.get(iso3);
		if (language != null) {
			return language;
		}
		return "ARAB_STATES".equals(regionCode) ? "ar" : "en";
	}

	static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private static Map<String, String> primaryLanguages() {
		Map<String, String> languages = new java.util.HashMap<>();
		for (String iso3 : List.of("BEN", "BFA", "BDI", "CMR", "CAF", "TCD", "COM", "COD", "COG", "CIV", "DJI", "GAB",
				"GIN", "HTI", "MDG", "MLI", "NER", "RWA", "SEN", "TGO", "FRA", "BEL", "LUX", "MCO", "CHE", "VUT",
				"MUS", "SYC")) {
			languages.put(iso3, "fr");
		}
		for (String iso3 : List.of("BRA", "PRT", "AGO", "MOZ", "CPV", "GNB", "STP", "TLS")) {
			languages.put(iso3, "pt");
		}
		for (String iso3 : List.of("ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "COL", "VEN",
				"ECU", "PER", "BOL", "CHL", "ARG", "PRY", "URY", "GNQ")) {
			languages.put(iso3, "es");
		}
		for (String iso3 : List.of("DZA", "EGY", "LBY", "MAR", "TUN", "SDN", "MRT", "SOM")) {
			languages.put(iso3, "ar");
		}
		for (String iso3 : List.of("RUS", "BLR", "KAZ", "KGZ", "TJK", "UZB", "TKM")) {
			languages.put(iso3, "ru");
		}
		languages.put("CHN", "zh");
		return Map.copyOf(languages);
	}

}
