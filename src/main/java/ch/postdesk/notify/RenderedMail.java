package ch.postdesk.notify;

/** A template rendered for one recipient, in the language that was actually used. */
public record RenderedMail(String subject, String text, String html, String language) {
}
