package org.ilo.coalition.graph.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.partner.PartnerNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoNamesTests {

	@Test
	void keepsDuplicateKeysUniqueEvenWhenOneCountryRunsOutOfCombinations() {
		Random random = new Random(1);
		Set<String> taken = new HashSet<>();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			PartnerKind kind = PartnerKind.values()[1 + i % (PartnerKind.values().length - 1)];
			keys.add(PartnerNames.dedupKey(DemoNames.uniquePartnerName(kind, "Fiji", "FJI", random, taken), "FJI"));
		}

		assertThat(keys).doesNotHaveDuplicates();
		assertThat(taken).containsAll(keys);
	}

	@Test
	void drawsTheSameNamesFromTheSameSeed() {
		assertThat(names(5)).isEqualTo(names(5)).isNotEqualTo(names(6));
	}

	@Test
	void namesGovernmentsAfterTheirMinistryOfLabour() {
		assertThat(DemoNames.partnerName(PartnerKind.GOVERNMENT, "Kenya", new Random(1)))
			.isEqualTo("Ministry of Labour of Kenya");
	}

	@Test
	void makesWebsitesFromTheNameWithoutAccentsOrPunctuation() {
		assertThat(DemoNames.website("Fédération des Employeurs du Sénégal", PartnerKind.EMPLOYERS_ORGANIZATION))
			.isEqualTo("https://www.federationdesemployeursdu.org.example");
	}

	@Test
	void picksThePrimaryLanguageOfTheCountryOrItsRegion() {
		assertThat(DemoNames.primaryLanguage("BRA", "AMERICAS")).isEqualTo("pt");
		assertThat(DemoNames.primaryLanguage("SEN", "AFRICA")).isEqualTo("fr");
		assertThat(DemoNames.primaryLanguage("JOR", "ARAB_STATES")).isEqualTo("ar");
		assertThat(DemoNames.primaryLanguage("KEN", "AFRICA")).isEqualTo("en");
	}

	private static List<String> names(long seed) {
		Random random = new Random(seed);
		Set<String> taken = new HashSet<>();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			names.add(DemoNames.uniquePartnerName(PartnerKind.NGO, "Kenya", "KEN", random, taken));
		}
		return names;
	}

}
