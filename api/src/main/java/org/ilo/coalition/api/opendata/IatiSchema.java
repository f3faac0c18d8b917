package org.ilo.coalition.api.opendata;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activity schema shipped in {@code resources/iati/} (IATI-Schemas, branch version-2.03:
 * {@code iati-activities-schema.xsd}, {@code iati-common.xsd}, {@code xml.xsd}), compiled once; validation streams
 * the document (no DOM), with no network access.
 */
public final class IatiSchema {

	/** The schema's location on the class path. */
	public static final String LOCATION = "iati/iati-activities-schema.xsd";

	private static final Schema SCHEMA = load();

	private IatiSchema() {
	}

	private static Schema load() {
		URL url = IatiSchema.class.getClassLoader().getResource(LOCATION);
		if (url == null) {
			throw new IllegalStateException("The IATI schema is missing from the class path: " + LOCATION);
		}
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			// The schema's include and import name files beside it; nothing is fetched from the network.
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			return factory.newSchema(url);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The IATI schema does not compile: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Validates the file; throws {@link SAXParseException} (with line and column) at the first error.
	 */
	public static void validate(Path file) throws SAXException, IOException {
		Validator validator = SCHEMA.newValidator();
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) throws SAXException {
				throw exception;
			}

			@Override
			public void fatalError(SAXParseException exception) throws SAXException {
				throw exception;
			}
		});
		validator.validate(new StreamSource(file.toFile()));
	}

}
