package ch.postdesk.triage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the language of a mail from frequent function words. Supports English, German, French
 * and Italian; returns null when the text has too few known words to tell (about three are
 * needed) or when two languages tie. Good enough for routing, not for linguistics.
 */
public final class LanguageDetector {

    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}]+");
    private static final int MIN_HITS = 3;

    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", Set.of("the", "and", "is", "are", "not", "we", "you", "our", "your", "with", "this",
                "that", "have", "has", "it", "does", "please", "for", "of", "to", "can", "since", "again"));
        STOP_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "wir", "sie", "ihr", "unser",
                "mit", "ein", "eine", "haben", "bitte", "für", "seit", "auf", "den", "dem", "es", "ich", "mein",
                "wieder", "funktioniert", "kann", "keine"));
        STOP_WORDS.put("fr", Set.of("le", "la", "les", "et", "est", "pas", "nous", "vous", "notre", "votre",
                "avec", "une", "des", "pour", "depuis", "ne", "je", "il", "sur", "merci"));
        STOP_WORDS.put("it", Set.of("il", "lo", "gli", "della", "che", "non", "siamo", "noi", "voi", "nostro",
                "con", "una", "per", "dal", "funziona", "grazie", "sono", "è", "questo"));
    }

    /** Returns the ISO 639-1 code of the most likely language of {@code text}, or null when undecided. */
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String word : WORD_SEPARATOR.split(text.toLowerCase(java.util.Locale.ROOT))) {
            for (Map.Entry<String, Set<String>> language : STOP_WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                best = entry.getKey();
                bestHits = entry.getValue();
                tie = false;
            } else if (entry.getValue() == bestHits) {
                tie = true;
            }
        }
        return bestHits >= MIN_HITS && !tie ? best : null;
    }
}
