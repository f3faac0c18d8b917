package org.ilo.coalition.api.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ilo.coalition.graph.opendata.IatiActivityRow;

/**
 * Writes matches as IATI 2.03 activities with StAX, one at a time (the mapping is in docs/open-data.md): the caller
 * opens the document ({@link #start}), hands in each activity ({@link #activity}) and closes it ({@link #end}).
 */
public final class IatiActivitiesWriter {

	/** IATI ActivityStatus per match state. */
	public static final Map<String, String> ACTIVITY_STATUS = Map.of("CONFIRMED", "2", "IN_DELIVERY", "2", "DELIVERED",
			"3", "CANCELLED", "5");

	/** IATI OrganisationType per partner kind. */
	public static final Map<String, String> ORGANISATION_TYPE = Map.of("GOVERNMENT", "10", "EMPLOYERS_ORGANIZATION",
			"22", "WORKERS_ORGANIZATION", "22", "INTERNATIONAL_ORGANIZATION", "40", "ENTERPRISE", "70", "ACADEMIA", "80",
			"NGO", "21", "OTHER", "90");

	/** OECD DAC 5-digit purpose code (IATI sector vocabulary 1) per thematic area. */
	public static final Map<String, String> DAC_SECTOR = Map.of("RIGHTS_AT_WORK", "16070", "PROTECTION_RESILIENCE",
			"16010", "EMPLOYMENT", "16020", "INEQUALITY_DISCRIMINATION", "15160", "JUST_TRANSITIONS_TRADE", "33110",
			"SOCIAL_DIALOGUE", "16080");

	/** Names of the in-kind units in result narratives. */
	static final Map<String, String> UNIT_NAMES = Map.of("PERSON_DAYS", "person-days", "PLACES", "places",
			"PRODUCTS", "products");

	private static final String LANG = "en";

	private final XMLStreamWriter xml;

	private final IatiProperties properties;

	private final LocalDate today;

	public IatiActivitiesWriter(XMLStreamWriter xml, IatiProperties properties, LocalDate today) {
		this.xml = xml;
		this.properties = properties;
		this.today = today;
	}

	/** The XML declaration and the opening {@code iati-activities}. */
	public void start(OffsetDateTime generated) throws XMLStreamException {
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeCharacters("\n");
		this.xml.writeStartElement("iati-activities");
		this.xml.writeAttribute("version", "2.03");
		this.xml.writeAttribute("generated-datetime",
				generated.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
		this.xml.writeCharacters("\n");
	}

	public void end() throws XMLStreamException {
		this.xml.writeEndElement();
		this.xml.writeCharacters("\n");
		this.xml.writeEndDocument();
		this.xml.flush();
	}

	/** The dates of an activity, in order, actual ones never after today (null where there is none). */
	record Dates(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {
	}

	Dates dates(IatiActivityRow row) {
		LocalDate committed = row.confirmedAt() != null ? row.confirmedAt().toLocalDate()
				: (row.acceptedAt() != null ? row.acceptedAt().toLocalDate() : this.today);
		committed = min(committed, this.today);
		LocalDate plannedStart = row.availableFrom() != null ? row.availableFrom() : committed;
		LocalDate plannedEnd = row.deadline() != null ? row.deadline() : row.availableUntil();
		if (plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
			plannedEnd = (row.availableUntil() != null && !row.availableUntil().isBefore(plannedStart))
					? row.availableUntil() : plannedStart;
		}
		LocalDate actualStart = committed;
		LocalDate actualEnd = null;
		if ("DELIVERED".equals(row.matchStatus()) || "CANCELLED".equals(row.matchStatus())) {
			LocalDate ended = row.endedAt() != null ? row.endedAt().toLocalDate()
					: (row.deliveries().isEmpty() ? this.today : row.deliveries().get(row.deliveries().size() - 1).deliveredOn());
			actualEnd = max(actualStart, min(ended, this.today));
		}
		return new Dates(plannedStart, plannedEnd, actualStart, actualEnd);
	}

	/** Writes one activity. */
	public void activity(IatiActivityRow row) throws XMLStreamException {
		boolean money = isMoney(row);
		Dates dates = dates(row);
		this.xml.writeStartElement("iati-activity");
		this.xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", LANG);
		this.xml.writeAttribute("default-currency", this.properties.defaultCurrency());

		text("iati-identifier", identifier(row));
		this.xml.writeStartElement("reporting-org");
		this.xml.writeAttribute("ref", this.properties.reportingOrg());
		this.xml.writeAttribute("type", this.properties.reportingOrgType());
		narrative(this.properties.reportingOrgName(), LANG);
		this.xml.writeEndElement();

		this.xml.writeStartElement("title");
		narrative(row.requestTitle(), language(row.requestLanguage()));
		this.xml.writeEndElement();
		this.xml.writeStartElement("description");
		this.xml.writeAttribute("type", "1");
		narrative(description(row), LANG);
		this.xml.writeEndElement();

		participatingOrg(money ? "1" : "4", ORGANISATION_TYPE.getOrDefault(row.partnerKind(), "90"), row.partnerName());
		participatingOrg("2", "10", "Government of " + row.countryName());

		emptyWithAttributes("activity-status", "code", ACTIVITY_STATUS.get(row.matchStatus()));
		activityDate("1", dates.plannedStart());
		activityDate("2", dates.actualStart());
		activityDate("3", dates.plannedEnd());
		activityDate("4", dates.actualEnd());

		this.xml.writeStartElement("recipient-country");
		this.xml.writeAttribute("code", row.countryIso2());
		this.xml.writeAttribute("percentage", "100");
		narrative(row.countryName(), LANG);
		this.xml.writeEndElement();

		List<String> percentages = percentages(row.areas().size());
		for (int i = 0; i < row.areas().size(); i++) {
			String dac = DAC_SECTOR.get(row.areas().get(i));
			if (dac != null) {
				sector("1", dac, percentages.get(i), null);
			}
		}
		for (int i = 0; i < row.areas().size(); i++) {
			sector("99", row.areas().get(i), percentages.get(i), row.areaNames().get(i));
		}

		if (money) {
			LocalDate committed = dates.actualStart();
			this.xml.writeStartElement("budget");
			this.xml.writeAttribute("type", "1");
			this.xml.writeAttribute("status", "2");
			isoDate("period-start", dates.plannedStart());
			isoDate("period-end", dates.plannedEnd() != null ? dates.plannedEnd() : dates.plannedStart().plusYears(1).minusDays(1));
			value(row.amount(), row.unit(), committed);
			this.xml.writeEndElement();
			transaction("2", committed, row.amount(), row);
			for (IatiActivityRow.Delivery delivery : row.deliveries()) {
				transaction("3", min(delivery.deliveredOn(), this.today), delivery.amount(), row);
			}
		}
		else {
			inKindResult(row, dates);
		}
		for (IatiActivityRow.Result result : row.results()) {
			outcome(result, dates);
		}
		this.xml.writeEndElement();
		this.xml.writeCharacters("\n");
	}

	String identifier(IatiActivityRow row) {
		return this.properties.reportingOrg() + "-" + row.id();
	}

	/** Money only for funding in an ISO 4217 unit; everything else is in kind. */
	static boolean isMoney(IatiActivityRow row) {
		return "FUNDING".equals(row.kind()) && row.unit() != null && row.unit().matches("[A-Z]{3}");
	}

	/** Whole percentages adding up to 100, the remainder on the first ones. */
	static List<String> percentages(int count) {
		if (count == 0) {
			return List.of();
		}
		String[] out = new String[count];
		int base = 100 / count;
		int rest = 100 - base * count;
		for (int i = 0; i < count; i++) {
			out[i] = Integer.toString(base + (i < rest ? 1 : 0));
		}
		return List.of(out);
	}

	private String description(IatiActivityRow row) {
		StringBuilder text = new StringBuilder("Matched through the Global Coalition for Social Justice: ")
			.append(row.partnerName()).append(" supports the request \"").append(row.requestTitle()).append("\" of ")
			.append(row.countryName()).append(" with ").append(plain(row.amount())).append(' ')
			.append(UNIT_NAMES.getOrDefault(row.unit(), row.unit())).append(" of ")
			.append(row.kind() == null ? "support" : row.kind().toLowerCase(Locale.ROOT).replace('_', ' '));
		if (row.offerTitle() != null) {
			text.append(" from its offer \"").append(row.offerTitle()).append('"');
		}
		return text.append('.').toString();
	}

	private void inKindResult(IatiActivityRow row, Dates dates) throws XMLStreamException {
		String unit = UNIT_NAMES.getOrDefault(row.unit(), row.unit());
		this.xml.writeStartElement("result");
		this.xml.writeAttribute("type", "1");
		this.xml.writeAttribute("aggregation-status", "1");
		this.xml.writeStartElement("title");
		narrative("Support delivered in kind (" + unit + ")", LANG);
		this.xml.writeEndElement();
		this.xml.writeStartElement("indicator");
		this.xml.writeAttribute("measure", "1");
		this.xml.writeAttribute("ascending", "1");
		this.xml.writeStartElement("title");
		narrative("Delivered, in " + unit, LANG);
		this.xml.writeEndElement();
		this.xml.writeStartElement("period");
		isoDate("period-start", dates.plannedStart());
		isoDate("period-end", dates.plannedEnd() != null ? dates.plannedEnd() : dates.plannedStart());
		measured("target", row.amount(), "Confirmed: " + plain(row.amount()) + " " + unit);
		measured("actual", row.deliveredAmount(), "Delivered so far: " + plain(row.deliveredAmount()) + " " + unit);
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	private void outcome(IatiActivityRow.Result result, Dates dates) throws XMLStreamException {
		String unit = result.indicatorUnit();
		boolean percent = unit != null && (unit.contains("%") || unit.toLowerCase(Locale.ROOT).contains("percent"));
		String name = result.indicatorName() == null ? result.indicator() : result.indicatorName();
		this.xml.writeStartElement("result");
		this.xml.writeAttribute("type", "2");
		this.xml.writeStartElement("title");
		narrative("SDG " + result.indicator() + ": " + name, LANG);
		this.xml.writeEndElement();
		this.xml.writeStartElement("indicator");
		this.xml.writeAttribute("measure", percent ? "2" : "1");
		this.xml.writeStartElement("title");
		narrative(name + (unit == null ? "" : " (" + unit + ")"), LANG);
		this.xml.writeEndElement();
		if (result.baseline() != null && result.baselineYear() != null && result.baselineYear() > 0) {
			this.xml.writeStartElement("baseline");
			this.xml.writeAttribute("year", Integer.toString(result.baselineYear()));
			this.xml.writeAttribute("value", plain(result.baseline()));
			this.xml.writeEndElement();
		}
		LocalDate start = dates.actualStart();
		LocalDate end = LocalDate.of(Math.max(result.targetYear(), start.getYear()), 12, 31);
		this.xml.writeStartElement("period");
		isoDate("period-start", start);
		isoDate("period-end", end);
		emptyWithAttributes("target", "value", plain(result.target()));
		if (!result.values().isEmpty()) {
			IatiActivityRow.Value latest = result.values().get(result.values().size() - 1);
			measured("actual", latest.value(), "Measured on " + latest.on());
		}
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	private void measured(String element, double value, String comment) throws XMLStreamException {
		this.xml.writeStartElement(element);
		this.xml.writeAttribute("value", plain(value));
		this.xml.writeStartElement("comment");
		narrative(comment, LANG);
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	private void transaction(String type, LocalDate on, double amount, IatiActivityRow row) throws XMLStreamException {
		this.xml.writeStartElement("transaction");
		emptyWithAttributes("transaction-type", "code", type);
		isoDate("transaction-date", on);
		value(amount, row.unit(), on);
		this.xml.writeStartElement("provider-org");
		this.xml.writeAttribute("type", ORGANISATION_TYPE.getOrDefault(row.partnerKind(), "90"));
		narrative(row.partnerName(), LANG);
		this.xml.writeEndElement();
		this.xml.writeStartElement("receiver-org");
		this.xml.writeAttribute("type", "10");
		narrative("Government of " + row.countryName(), LANG);
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	private void value(double amount, String currency, LocalDate valueDate) throws XMLStreamException {
		this.xml.writeStartElement("value");
		this.xml.writeAttribute("currency", currency);
		this.xml.writeAttribute("value-date", valueDate.toString());
		this.xml.writeCharacters(plain(amount));
		this.xml.writeEndElement();
	}

	private void participatingOrg(String role, String type, String name) throws XMLStreamException {
		this.xml.writeStartElement("participating-org");
		this.xml.writeAttribute("role", role);
		this.xml.writeAttribute("type", type);
		narrative(name, LANG);
		this.xml.writeEndElement();
	}

	private void sector(String vocabulary, String code, String percentage, String narrative) throws XMLStreamException {
		this.xml.writeStartElement("sector");
		this.xml.writeAttribute("vocabulary", vocabulary);
		this.xml.writeAttribute("code", code);
		this.xml.writeAttribute("percentage", percentage);
		if (narrative != null) {
			narrative(narrative, LANG);
		}
		this.xml.writeEndElement();
	}

	private void activityDate(String type, LocalDate date) throws XMLStreamException {
		if (date != null) {
			emptyWithAttributes("activity-date", "type", type, "iso-date", date.toString());
		}
	}

	private void isoDate(String element, LocalDate date) throws XMLStreamException {
		emptyWithAttributes(element, "iso-date", date.toString());
	}

	private void emptyWithAttributes(String element, String... namesAndValues) throws XMLStreamException {
		this.xml.writeEmptyElement(element);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			this.xml.writeAttribute(namesAndValues[i], namesAndValues[i + 1]);
		}
	}

	private void narrative(String text, String lang) throws XMLStreamException {
		this.xml.writeStartElement("narrative");
		this.xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
		this.xml.writeCharacters(text == null ? "" : text);
		this.xml.writeEndElement();
	}

	private void text(String element, String text) throws XMLStreamException {
		this.xml.writeStartElement(element);
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
	}

	private static String language(String language) {
		return language != null && language.matches("[a-z]{2}") ? language : LANG;
	}

	static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? b : a;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? b : a;
	}

}
