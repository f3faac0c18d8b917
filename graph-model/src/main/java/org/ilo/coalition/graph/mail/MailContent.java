package org.ilo.coalition.graph.mail;

/** What an e-mail says: one line of subject and a plain-text body. */
public record MailContent(String subject, String body) {
}
