package org.ilo.coalition.graph.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds and parses the versioned Cypher scripts ({@code V0001__what_it_does.cypher}) on the classpath. */
public final class MigrationScripts {

	public static final String DEFAULT_LOCATION = "classpath*:db/migration/";

	private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.cypher");

	private MigrationScripts() {
	}

	/** All scripts under {@code location}, ordered by version; a bad name or a duplicate version is an error. */
	public static List<Migration> load(String location) {
		List<Migration> migrations = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location + "V*.cypher")) {
				Matcher name = NAME.matcher(String.valueOf(resource.getFilename()));
				if (!name.matches()) {
					throw new IllegalStateException("Migration script name must look like V0001__what_it_does.cypher: " + resource);
				}
				migrations.add(parse(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
						resource.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read migration scripts from " + location, ex);
		}
		migrations.sort(Comparator.comparingInt(Migration::version));
		if (migrations.stream().map(Migration::version).distinct().count() < migrations.size()) {
			throw new IllegalStateException("Two migration scripts share a version: " + migrations);
		}
		return List.copyOf(migrations);
	}

	/** Splits a script into statements at semicolons that end a line; whole-line {@code //} comments are dropped. */
	public static Migration parse(int version, String description, String text) {
		String code = text.lines().map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("//"))
			.collect(Collectors.joining("\n"));
		List<String> statements = Arrays.stream(code.split(";(\n|$)")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		CRC32 crc = new CRC32();
		crc.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
		return new Migration(version, description, statements, crc.getValue());
	}

}
