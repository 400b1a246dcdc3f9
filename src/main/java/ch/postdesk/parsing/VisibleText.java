package ch.postdesk.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Separates the new text of a reply from the quoted history and the signature below it.
 *
 * <p>The text is read bottom-up, as reply parsers such as GitHub's email_reply_parser do: trailing
 * {@code >} quotes, their attribution line ("On … wrote:", "Am … schrieb …:", "Le … a écrit :"),
 * and trailing signatures are hidden until the first line of own text. Quotes with own text below
 * them (interleaved answers) therefore stay visible. A full quote without {@code >} prefixes, as
 * Outlook writes it, starts at an "-----Original Message-----" separator or a header block such as
 * "From:/Sent:/To:/Subject:" or "Von:/Gesendet:/An:/Betreff:"; everything from there on is hidden.
 */
public final class VisibleText {

    /** Lines that start an unprefixed full quote: the separators of Outlook and other clients. */
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^[\\s*]*-{2,}\\s*(original message|ursprüngliche nachricht|originalnachricht|message d'origine"
                    + "|oprindelig besked|opprinnelig melding|ursprungligt meddelande|messaggio originale"
                    + "|mensaje original|mensagem original|oorspronkelijk bericht|alkuperäinen viesti"
                    + "|wiadomość oryginalna|исходное сообщение)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Header labels of a quoted header block, in the languages Outlook localises them to. */
    private static final Pattern FROM_LABEL = Pattern.compile(
            "^[\\s*>]*(from|von|de|da|fra|van|från|od|от|lähettäjä|message du|sender)\\s*:.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OTHER_LABEL = Pattern.compile(
            "^[\\s*>]*(sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|envoyé le|date d'envoi|à|a|objet|sujet"
                    + "|copie à|cc|inviato|oggetto|dato|til|emne|sendt|verzonden|aan|onderwerp|skickat|till|ämne"
                    + "|wysłano|do|temat|отправлено|кому|тема|enviado|para|assunto|asunto|lähetetty|vastaanottaja"
                    + "|aihe)\\s*:.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The verbs of attribution lines ("On … wrote:") in the languages seen in helpdesk mail. */
    private static final Pattern ATTRIBUTION_VERB = Pattern.compile(
            "(wrote|writes|schrieb|schreibt|a écrit|écrit|ha scritto|scrisse|escribió|escreveu|schreef|skrev"
                    + "|kirjoitti|napisał\\(a\\)|napisał|napisała|pisze|napsal|пишет|написал|написала|写道|寫道)\\s*:?\\s*-*\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ADDRESS_OR_DATE_END = Pattern.compile(
            "(@[^\\s]+>?\\)?|\\d{1,2}:\\d{2}.*|\\d{4}.*)\\s*:\\s*$");

    /** Signature delimiters: the standard "-- " line, a mailing-list underscore rule, "-Name" sign-offs. */
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^(--\\s*|_{2,}\\s*|-\\p{L}[\\p{L} .]{0,30})$");

    /** Signatures that mobile mail apps append, such as "Sent from my iPhone". */
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "^(sent from my\\s+[\\p{L}\\d]+(\\s+[\\p{L}\\d]+){0,3}|sent from (mail|outlook) for \\S+"
                    + "|get outlook for (ios|android)|von meinem \\S+( \\S+)? gesendet|gesendet von (meinem )?\\S+( für \\S+)?"
                    + "|envoyé de mon \\S+( \\S+)?|envoyé depuis (mon )?\\S+( \\S+)?|inviato da \\S+( \\S+)?"
                    + "|enviado desde mi \\S+( \\S+)?|sent from yahoo mail.*)\\.?\\s*(<[^>]*>)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Closing formulas after which only a name and contact lines follow; "Thanks" is left alone as it is often a sentence. */
    private static final Pattern CLOSING = Pattern.compile(
            "^((best|kind|warm|many)\\s+)?regards,?|mit freundlichen grüßen,?|mit freundlichen grüssen,?"
                    + "|freundliche grüße,?|freundliche grüsse,?|viele grüße,?|beste grüße,?|cordialement,?"
                    + "|bien cordialement,?|salutations distinguées,?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_CLOSING_BLOCK_LINES = 6;
    private static final int MAX_SIGNATURE_LINES = 15;
    private static final int MAX_DELIMITED_SIGNATURE_LINES = 30;

    /** Lines of a contact block: an e-mail address, a web address or a phone number. */
    private static final Pattern CONTACT_LINE = Pattern.compile(
            "[\\w.+-]+@[\\w-]+\\.[\\w.-]+|https?://|www\\.|(^|\\s|:|\\.)\\+?\\(?\\d{2,4}\\)?[\\s./-]?\\d{2,4}[\\s./-]?\\d{2,5}");
    /** A name line that opens a contact block: two to five capitalised words, titles such as "Ph.D." allowed. */
    private static final Pattern NAME_LINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'.-]*(,?\\s+[\\p{L}][\\p{L}'.-]*){1,4}$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MAX_CONTACT_BLOCK_LINES = 10;

    private static final Pattern SEPARATOR_ONLY = Pattern.compile("^[\\s=_*\\-~]*$");

    private VisibleText() {
    }

    /** Returns the new text of {@code text} without quoted history and signature, trimmed. */
    public static String extract(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        int end = fullQuoteStart(lines);
        end = stripTrailingQuotes(lines, end);
        int unsigned = stripSignature(lines, end);
        int belowQuote = unsigned;
        for (int round = 0; round < 3 && belowQuote < end && !endsWithQuote(lines, belowQuote); round++) {
            // A signature can hold a rule line of its own ("-- ", disclaimer, "____"): look further up.
            int next = stripSignature(lines, belowQuote);
            if (next >= belowQuote) {
                break;
            }
            belowQuote = next;
        }
        if (belowQuote < end && endsWithQuote(lines, belowQuote)) {
            // The signature of the quoted mail (or of a bottom-posting client) sits below the quote: hide both.
            unsigned = stripSignature(lines, stripTrailingQuotes(lines, belowQuote));
        }
        end = stripTrailingSeparators(lines, unsigned);
        String visible = String.join("\n", lines.subList(0, end)).strip();
        return visible.isEmpty() ? text.strip() : visible;
    }

    /** Returns the new text of an HTML body: blockquotes become {@code >} quotes, then {@link #extract}. */
    public static String extractHtml(String html) {
        return extract(HtmlToText.convert(html));
    }

    /** Returns the index of the first line of an unprefixed full quote, or the line count. */
    private static int fullQuoteStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(">")) {
                continue;
            }
            if (ORIGINAL_MESSAGE.matcher(line).matches()) {
                return i;
            }
            if (i > 0 && isHeaderBlock(lines, i)) {
                return i;
            }
            int attribution = attributionLength(lines, i);
            if (attribution > 0 && i > 0 && unprefixedQuoteFollows(lines, i + attribution)) {
                return i;
            }
        }
        return lines.size();
    }

    /** Returns whether a From-type label starts a block with at least two more header labels in the next lines. */
    private static boolean isHeaderBlock(List<String> lines, int start) {
        String first = lines.get(start);
        boolean from = FROM_LABEL.matcher(first).matches();
        if (!from && !OTHER_LABEL.matcher(first).matches()) {
            return false;
        }
        int labels = 1;
        boolean sawFrom = from;
        for (int i = start + 1; i < Math.min(lines.size(), start + 8); i++) {
            String line = lines.get(i);
            if (FROM_LABEL.matcher(line).matches()) {
                sawFrom = true;
                labels++;
            } else if (OTHER_LABEL.matcher(line).matches()) {
                labels++;
            }
        }
        return sawFrom && labels >= 3;
    }

    /**
     * Returns how many lines (1 to 3) form an attribution line starting at {@code start}, or 0.
     * Clients wrap long attributions, so up to three lines are joined.
     */
    private static int attributionLength(List<String> lines, int start) {
        StringBuilder joined = new StringBuilder();
        for (int n = 1; n <= 3 && start + n - 1 < lines.size(); n++) {
            String line = lines.get(start + n - 1).strip();
            if (line.isEmpty() || line.startsWith(">")) {
                return 0;
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(line);
            String candidate = joined.toString();
            if (candidate.length() > 400) {
                return 0;
            }
            if (isAttribution(candidate)) {
                return n;
            }
        }
        return 0;
    }

    private static boolean isAttribution(String line) {
        boolean hasDigitOrAddress = line.matches(".*(\\d|@).*");
        if (!hasDigitOrAddress) {
            return false;
        }
        if (ATTRIBUTION_VERB.matcher(line).find()) {
            return true;
        }
        return ADDRESS_OR_DATE_END.matcher(line).find() && line.length() < 200 && !line.startsWith("-");
    }

    /** Returns whether the lines after an attribution are an unprefixed quote: no {@code >} quote follows. */
    private static boolean unprefixedQuoteFollows(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                return !line.startsWith(">");
            }
        }
        return true;
    }

    /** Hides trailing {@code >} quotes, blank lines and the attribution lines above them. */
    private static int stripTrailingQuotes(List<String> lines, int end) {
        int cut = end;
        boolean quoteSeen = end < lines.size();
        int i = end - 1;
        while (i >= 0) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                i--;
                continue;
            }
            if (line.startsWith(">")) {
                quoteSeen = true;
                cut = i;
                i--;
                continue;
            }
            if (quoteSeen && isWrappedQuoteLine(lines, i)) {
                cut = i;
                i--;
                continue;
            }
            if (quoteSeen) {
                int attributionStart = attributionStartingBefore(lines, i);
                if (attributionStart >= 0) {
                    cut = attributionStart;
                }
            }
            break;
        }
        return cut;
    }

    /** Returns whether line {@code i} sits directly between two quote lines: a quoted line the client wrapped without a prefix. */
    private static boolean isWrappedQuoteLine(List<String> lines, int i) {
        return i > 0 && i + 1 < lines.size() && lines.get(i - 1).startsWith(">") && lines.get(i + 1).startsWith(">");
    }

    /**
     * Returns the first line of an attribution that ends at line {@code last}, or -1. A wrapped
     * attribution is followed upwards while the line above contains a digit (of the date) and the
     * joined lines still read as an attribution.
     */
    private static int attributionStartingBefore(List<String> lines, int last) {
        if (attributionLength(lines, last) != 1) {
            int start = last - 1;
            while (start >= Math.max(0, last - 2)) {
                if (attributionLength(lines, start) == last - start + 1) {
                    return start;
                }
                start--;
            }
            return -1;
        }
        int start = last;
        while (start > 0 && last - start < 2) {
            String above = lines.get(start - 1).strip();
            if (above.isEmpty() || above.startsWith(">") || !above.matches(".*\\d.*")
                    || attributionLength(lines, start - 1) != last - start + 2) {
                break;
            }
            start--;
        }
        return start;
    }

    /** Hides a signature at the end of the visible part: after a delimiter line or a mobile client line. */
    private static int stripSignature(List<String> lines, int end) {
        int lastText = lastNonBlank(lines, end);
        if (lastText < 0) {
            return end;
        }
        for (int i = lastText; i >= 0 && i >= lastText - MAX_DELIMITED_SIGNATURE_LINES; i--) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (lastText - i > MAX_SIGNATURE_LINES) {
                // Only the standard "-- " delimiter starts a longer signature, such as one with a legal disclaimer.
                if ((line.equals("-- ") || line.equals("--")) && hasTextBefore(lines, i)) {
                    return i;
                }
                continue;
            }
            boolean delimiter = SIGNATURE_DELIMITER.matcher(line.stripTrailing()).matches()
                    && !SEPARATOR_ONLY.matcher(line).matches() || trimmed.equals("--") || line.equals("-- ")
                    || trimmed.matches("_{2,}") && i < lastText;
            if (delimiter && i > 0 && hasTextBefore(lines, i)) {
                return i;
            }
            if (MOBILE_SIGNATURE.matcher(trimmed.toLowerCase(Locale.ROOT)).matches() && hasTextBefore(lines, i)) {
                return i;
            }
            if (CLOSING.matcher(trimmed).matches() && lastText - i <= MAX_CLOSING_BLOCK_LINES && hasTextBefore(lines, i)) {
                return i;
            }
        }
        int contactBlock = contactBlockStart(lines, lastText);
        if (contactBlock > 0 && hasTextBefore(lines, contactBlock)) {
            return contactBlock;
        }
        return end;
    }

    private static boolean endsWithQuote(List<String> lines, int end) {
        int last = lastNonBlank(lines, end);
        return last >= 0 && lines.get(last).strip().startsWith(">");
    }

    /**
     * Returns the first line of a contact block at the end of the text, or -1. A contact block is
     * set off by a blank line, has at most {@value #MAX_CONTACT_BLOCK_LINES} short lines, starts with
     * a name or a rule line, and has at least two lines with an e-mail address, a URL or a phone
     * number: "Jane Doe / jane@example.com / +41 44 123 45 67".
     */
    private static int contactBlockStart(List<String> lines, int lastText) {
        int contacts = 0;
        int count = 0;
        int start = -1;
        for (int i = lastText; i > 0 && count < MAX_CONTACT_BLOCK_LINES + 1; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > 60 || line.startsWith(">")) {
                break;
            }
            count++;
            if (CONTACT_LINE.matcher(line).find()) {
                contacts++;
            }
            boolean blankAbove = lines.get(i - 1).isBlank();
            if (blankAbove && contacts >= 2 && count >= 3 && (NAME_LINE.matcher(line).matches() || line.matches("-{4,}"))) {
                start = i;
            }
        }
        return count <= MAX_CONTACT_BLOCK_LINES ? start : -1;
    }

    private static int stripTrailingSeparators(List<String> lines, int end) {
        int i = end;
        while (i > 0 && SEPARATOR_ONLY.matcher(lines.get(i - 1)).matches()) {
            i--;
        }
        return i;
    }

    private static boolean hasTextBefore(List<String> lines, int index) {
        for (int i = 0; i < index; i++) {
            if (!lines.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static int lastNonBlank(List<String> lines, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
