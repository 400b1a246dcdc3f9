package ch.postdesk.threading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ticket tag in subjects, such as {@code [PD-1042]}, and the reply and forward prefixes that
 * mail clients put in front of a subject in many languages.
 */
public final class SubjectTag {

    /**
     * Reply and forward prefixes: English (Re, Fw, Fwd), German (AW, WG), Scandinavian (SV, VS),
     * Dutch (Antw, Doorst), French (TR, RÉF), Italian (R, I, RIF), Spanish (RV), Polish (Odp, PD),
     * Finnish (VL), Portuguese (ENC), also with counters such as {@code Re[2]:} or {@code Re^2:}.
     */
    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "^\\s*(?:(?:re|aw|sv|vs|antw|antwort|wg|fw|fwd|tr|réf|ref|rif|rv|odp|vl|enc|doorst|r|i)"
                    + "(?:\\s*[\\[(^]\\d+[\\])]?)?\\s*[:：]\\s*)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Pattern tag;

    public SubjectTag(String numberPrefix) {
        this.tag = Pattern.compile("\\[(" + Pattern.quote(numberPrefix) + "\\d+)]", Pattern.CASE_INSENSITIVE);
    }

    /** Returns the ticket number of the first tag in {@code subject}, in its canonical upper case. */
    public Optional<String> find(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = tag.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group(1).toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** Removes every ticket tag and reply prefix, leaving the subject the customer wrote. */
    public String strip(String subject) {
        if (subject == null) {
            return "";
        }
        String current = subject;
        String previous;
        do {
            previous = current;
            current = tag.matcher(current).replaceAll(" ").strip();
            current = REPLY_PREFIX.matcher(current).replaceFirst("").strip();
        } while (!current.equals(previous));
        return current.replaceAll("\\s{2,}", " ");
    }

    /** Builds the subject of Postdesk's answers, such as {@code [PD-1042] Re: Printer broken}. */
    public static String replySubject(String ticketNumber, String subject) {
        String base = subject == null || subject.isBlank() ? "" : " Re: " + subject;
        return "[" + ticketNumber + "]" + base;
    }
}
