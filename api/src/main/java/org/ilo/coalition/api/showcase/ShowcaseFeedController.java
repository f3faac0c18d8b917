package org.ilo.coalition.api.showcase;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ilo.coalition.graph.showcase.ShowcaseEntry;
import org.ilo.coalition.graph.showcase.ShowcaseReader;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The showcase as an Atom feed (RFC 4287) at {@code /showcase.atom}: the latest partnerships, public. */
@RestController
public class ShowcaseFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final int ENTRIES = 50;

	private static final String NS = "http://www.w3.org/2005/Atom";

	private final ShowcaseReader reader;

	public ShowcaseFeedController(ShowcaseReader reader) {
		this.reader = reader;
	}

	@GetMapping("/showcase.atom")
	public ResponseEntity<String> showcaseFeed() throws XMLStreamException {
		List<ShowcaseEntry> entries = this.reader.page(ENTRIES, null, null).items();
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(NS);
		element(xml, "id", "urn:coalition:showcase");
		element(xml, "title", "Global Coalition for Social Justice: partnerships");
		element(xml, "subtitle", "Support that partners and member States confirmed, delivered and report on");
		OffsetDateTime updated = entries.stream().map(ShowcaseEntry::updatedAt).max(OffsetDateTime::compareTo)
			.orElse(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
		element(xml, "updated", rfc3339(updated));
		xml.writeStartElement("author");
		element(xml, "name", "Global Coalition for Social Justice");
		xml.writeEndElement();
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("href", "/showcase.atom");
		for (ShowcaseEntry entry : entries) {
			xml.writeStartElement("entry");
			element(xml, "id", "urn:coalition:match:" + entry.matchId());
			element(xml, "title", entry.partnerName() + " supports " + entry.countryName() + ": " + entry.requestTitle());
			element(xml, "updated", rfc3339(entry.updatedAt()));
			element(xml, "published", rfc3339(entry.confirmedAt()));
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", entry.status());
			element(xml, "summary", summary(entry));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM).body(text.toString());
	}

	private static String summary(ShowcaseEntry entry) {
		String state = switch (entry.status()) {
			case "DELIVERED" -> "delivered in full";
			case "IN_DELIVERY" -> "in delivery";
			default -> "confirmed by both parties";
		};
		return "%s supports %s with %s %s (%s; %s delivered so far; areas %s; %d result(s) recorded).".formatted(
				entry.partnerName(), entry.countryName(), quantity(entry.amount()), unit(entry.unit()), state,
				quantity(entry.deliveredAmount()), String.join(", ", entry.thematicAreas()), entry.results());
	}

	// RFC 3339 with seconds, as Atom requires (OffsetDateTime.toString leaves out zero seconds).
	private static String rfc3339(OffsetDateTime at) {
		return DateTimeFormatter.ISO_INSTANT.format(at.toInstant());
	}

	private static String quantity(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String unit(String unit) {
		return unit == null ? "" : unit.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value == null ? "" : value);
		xml.writeEndElement();
	}

}
