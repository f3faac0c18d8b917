package org.ilo.coalition.graph.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds and parses the versioned Cypher scripts on the classpath. */
public final class MigrationScripts {

	/** Where the scripts live on the classpath. */
	public static final String DEFAULT_LOCATION = "classpath*:db/migration/";

	private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.cypher");

	private MigrationScripts() {
	}

	/** All scripts under {@code location}, ordered by version; duplicate versions are an error. */
	public static List<Migration> load(String location) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location + "V*.cypher");
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				String filename = resource.getFilename();
				Matcher matcher = NAME.matcher(filename == null ? "" : filename);
				if (!matcher.matches()) {
					throw new IllegalStateException("Migration script name must look like V0001__what_it_does.cypher: " + filename);
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				migrations.add(parse(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), text));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two migration scripts share version " + migrations.get(i).version());
				}
			}
			return List.copyOf(migrations);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read migration scripts from " + location, ex);
		}
	}

	/** Splits a script into statements at semicolons that end a line; whole-line {@code //} comments are dropped. */
	public static Migration parse(int version, String description, String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//")) {
				continue;
			}
			if (!current.isEmpty()) {
				current.append('\n');
			}
			if (trimmed.endsWith(";")) {
				current.append(trimmed, 0, trimmed.length() - 1);
				statements.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(trimmed);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		CRC32 crc = new CRC32();
		crc.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
		return new Migration(version, description, List.copyOf(statements), crc.getValue());
	}

}
