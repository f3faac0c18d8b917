package org.ilo.coalition.api.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string of the console comes from its message files: English and French have the same keys, and every key the
 * page and its scripts name literally is in them.
 */
class ConsoleMessagesTests {

	private static final Pattern KEY = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:", Pattern.MULTILINE);

	/** A quoted key of one of the files' sections, as t('review.title') or data-i18n="app.title" name it. */
	private static final Pattern USED = Pattern.compile(
			"['\"`]((?:app|nav|notFound|signIn|pager|error|field|review|runs|consents|country|requests|reports|partner|members|imports|chart|directory|showcase|enum)\\.[A-Za-z.]+)['\"`]");

	@Test
	void englishAndFrenchHaveTheSameKeys() throws IOException {
		Set<String> english = keys("console/messages/en.json");
		assertThat(english).hasSizeGreaterThan(100);
		assertThat(keys("console/messages/fr.json")).containsExactlyInAnyOrderElementsOf(english);
	}

	@Test
	void everyKeyThePageAndItsScriptsNameExists() throws IOException {
		Set<String> english = keys("console/messages/en.json");
		Set<String> used = new LinkedHashSet<>();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:/console/**/*.*");
		for (Resource file : files) {
			if (file.getFilename().endsWith(".js") || file.getFilename().endsWith(".html")) {
				Matcher matcher = USED.matcher(file.getContentAsString(StandardCharsets.UTF_8));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(50);
		assertThat(english).containsAll(used);
	}

	private static Set<String> keys(String path) throws IOException {
		String text = new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		Set<String> keys = new LinkedHashSet<>();
		Matcher matcher = KEY.matcher(text);
		while (matcher.find()) {
			assertThat(keys.add(matcher.group(1))).as("%s: %s once", path, matcher.group(1)).isTrue();
		}
		return keys;
	}

}
