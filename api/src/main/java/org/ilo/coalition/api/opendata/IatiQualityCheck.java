package org.ilo.coalition.api.opendata;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The data-quality rules IATI's validator applies beyond the schema, checked in one streaming StAX pass (memory: the
 * identifiers seen, for uniqueness, and one activity's dates and sectors):
 * <ul>
 * <li>the iati-identifier starts with the reporting-org's {@code ref} followed by "-", and is unique in the file;</li>
 * <li>activity dates in order (planned start &lt;= planned end, actual start &lt;= actual end), no actual date
 * (activity-date types 2 and 4, transaction dates) after today;</li>
 * <li>per sector vocabulary, percentages add up to 100 (every sector of a vocabulary then has one);</li>
 * <li>a sector of vocabulary 98 or 99 has a narrative;</li>
 * <li>every narrative has {@code xml:lang}, its own or its activity's;</li>
 * <li>every money value (budget, transaction, planned-disbursement) has a currency, its own or the activity's
 * {@code default-currency}.</li>
 * </ul>
 */
public final class IatiQualityCheck {

	/** At most this many problems are reported. */
	static final int MAX_PROBLEMS = 50;

	private static final Set<String> MONEY_PARENTS = Set.of("budget", "transaction", "planned-disbursement");

	private final LocalDate today;

	public IatiQualityCheck(LocalDate today) {
		this.today = today;
	}

	/** The problems found in the document, empty when it passes every rule. */
	public List<String> check(InputStream document) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader reader = factory.createXMLStreamReader(document, "UTF-8");
		try {
			return new Pass(reader).run();
		}
		finally {
			reader.close();
		}
	}

	private final class Pass {

		final XMLStreamReader reader;

		final List<String> problems = new ArrayList<>();

		final Set<String> identifiers = new HashSet<>();

		final Deque<String> path = new ArrayDeque<>();

		int activities;

		String identifier;

		String reportingOrg;

		String activityLang;

		String defaultCurrency;

		Map<String, LocalDate> dates = new HashMap<>();

		Map<String, BigDecimal> sums = new HashMap<>();

		Map<String, Integer> withoutPercentage = new HashMap<>();

		String sectorVocabulary;

		boolean sectorNarrative;

		StringBuilder text;

		Pass(XMLStreamReader reader) {
			this.reader = reader;
		}

		List<String> run() throws XMLStreamException {
			while (this.reader.hasNext() && this.problems.size() < MAX_PROBLEMS) {
				int event = this.reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					start(this.reader.getLocalName());
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					if (this.text != null) {
						this.text.append(this.reader.getText());
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					end(this.reader.getLocalName());
				}
			}
			return List.copyOf(this.problems);
		}

		private void start(String name) {
			String parent = this.path.peek();
			this.path.push(name);
			switch (name) {
				case "iati-activity" -> {
					this.activities++;
					this.identifier = null;
					this.reportingOrg = null;
					this.activityLang = attribute(XMLConstants.XML_NS_URI, "lang");
					this.defaultCurrency = attribute(null, "default-currency");
					this.dates = new HashMap<>();
					this.sums = new HashMap<>();
					this.withoutPercentage = new HashMap<>();
				}
				case "iati-identifier" -> this.text = new StringBuilder();
				case "reporting-org" -> this.reportingOrg = attribute(null, "ref");
				case "activity-date" -> {
					String type = attribute(null, "type");
					LocalDate date = date(attribute(null, "iso-date"), "activity-date type " + type);
					if (date != null) {
						this.dates.put(type, date);
						if (("2".equals(type) || "4".equals(type)) && date.isAfter(IatiQualityCheck.this.today)) {
							problem("actual date (activity-date type " + type + ") " + date + " is in the future");
						}
					}
				}
				case "transaction-date" -> {
					LocalDate date = date(attribute(null, "iso-date"), "transaction-date");
					if (date != null && date.isAfter(IatiQualityCheck.this.today)) {
						problem("transaction date " + date + " is in the future");
					}
				}
				case "sector" -> {
					if ("iati-activity".equals(parent)) {
						String vocabulary = attribute(null, "vocabulary");
						this.sectorVocabulary = vocabulary == null ? "1" : vocabulary;
						this.sectorNarrative = false;
						String percentage = attribute(null, "percentage");
						if (percentage == null) {
							this.withoutPercentage.merge(this.sectorVocabulary, 1, Integer::sum);
						}
						else {
							try {
								this.sums.merge(this.sectorVocabulary, new BigDecimal(percentage), BigDecimal::add);
							}
							catch (NumberFormatException ex) {
								problem("sector percentage '" + percentage + "' is not a number");
							}
						}
					}
				}
				case "narrative" -> {
					if (attribute(XMLConstants.XML_NS_URI, "lang") == null && this.activityLang == null) {
						problem("a narrative of " + parent + " has no xml:lang, nor has its activity");
					}
					if ("sector".equals(parent)) {
						this.text = new StringBuilder();
					}
				}
				case "value" -> {
					if (MONEY_PARENTS.contains(parent) && attribute(null, "currency") == null && this.defaultCurrency == null) {
						problem("a value of " + parent + " has no currency, nor has its activity a default-currency");
					}
				}
				default -> {
				}
			}
		}

		private void end(String name) {
			this.path.pop();
			switch (name) {
				case "iati-identifier" -> {
					this.identifier = this.text.toString().strip();
					this.text = null;
					if (!this.identifiers.add(this.identifier)) {
						problem("the identifier is not unique in the file");
					}
				}
				case "reporting-org" -> {
					if (this.reportingOrg == null || this.identifier == null
							|| !this.identifier.startsWith(this.reportingOrg + "-")) {
						problem("the identifier does not start with the reporting-org's identifier '" + this.reportingOrg + "-'");
					}
				}
				case "narrative" -> {
					if (this.text != null && "sector".equals(this.path.peek())) {
						this.sectorNarrative |= !this.text.toString().isBlank();
						this.text = null;
					}
				}
				case "sector" -> {
					if ("iati-activity".equals(this.path.peek())) {
						if (("98".equals(this.sectorVocabulary) || "99".equals(this.sectorVocabulary)) && !this.sectorNarrative) {
							problem("a sector of vocabulary " + this.sectorVocabulary + " has no narrative");
						}
						this.sectorVocabulary = null;
					}
				}
				case "iati-activity" -> endActivity();
				default -> {
				}
			}
		}

		private void endActivity() {
			order("1", "3", "planned start", "planned end");
			order("2", "4", "actual start", "actual end");
			for (Map.Entry<String, BigDecimal> sum : this.sums.entrySet()) {
				if (sum.getValue().compareTo(BigDecimal.valueOf(100)) != 0) {
					problem("sector percentages of vocabulary " + sum.getKey() + " add up to "
							+ sum.getValue().stripTrailingZeros().toPlainString() + ", not 100");
				}
				if (this.withoutPercentage.containsKey(sum.getKey())) {
					problem("some sectors of vocabulary " + sum.getKey() + " have a percentage and others none");
				}
			}
			this.identifier = null;
		}

		private void order(String first, String second, String firstName, String secondName) {
			LocalDate a = this.dates.get(first);
			LocalDate b = this.dates.get(second);
			if (a != null && b != null && b.isBefore(a)) {
				problem(secondName + " " + b + " is before " + firstName + " " + a);
			}
		}

		private LocalDate date(String value, String what) {
			if (value == null) {
				problem(what + " has no iso-date");
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				problem(what + " has an invalid iso-date '" + value + "'");
				return null;
			}
		}

		private String attribute(String namespace, String name) {
			for (int i = 0; i < this.reader.getAttributeCount(); i++) {
				String ns = this.reader.getAttributeNamespace(i);
				boolean sameNamespace = namespace == null ? (ns == null || ns.isEmpty()) : namespace.equals(ns);
				if (sameNamespace && name.equals(this.reader.getAttributeLocalName(i))) {
					return this.reader.getAttributeValue(i);
				}
			}
			return null;
		}

		private void problem(String message) {
			if (this.problems.size() < MAX_PROBLEMS) {
				this.problems.add("activity " + this.activities + (this.identifier == null ? "" : " '" + this.identifier + "'")
						+ ": " + message);
			}
		}

	}

}
