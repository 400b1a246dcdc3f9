package ch.postdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "The printer on floor 3 is not working and we have tried it again. | en",
            "Der Drucker funktioniert seit heute nicht mehr, bitte helfen Sie uns. | de",
            "Nous avons un problème avec la connexion depuis ce matin, merci pour votre aide. | fr",
            "Il server non funziona dal mattino, grazie per il supporto. | it"
    })
    void detectsLanguage(String text, String language) {
        assertThat(detector.detect(text)).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Hi | ", "PD-1001 12:00 | "})
    void shortTextIsUndecided(String text, String language) {
        assertThat(detector.detect(text)).isNull();
    }
}
