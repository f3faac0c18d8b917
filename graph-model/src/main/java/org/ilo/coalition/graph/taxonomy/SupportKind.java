package org.ilo.coalition.graph.taxonomy;

/** The kind of support a partner offers or a member State asks for. */
public enum SupportKind {

	FUNDING, TECHNICAL_ASSISTANCE, TRAINING, KNOWLEDGE, DIALOGUE_FACILITATION

}
