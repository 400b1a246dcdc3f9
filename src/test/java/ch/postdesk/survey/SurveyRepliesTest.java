package ch.postdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SurveyRepliesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4|4", " 5 |5", "2/5|2", "3 of 5|3", "1 von 5|1", "4.|4"})
    void ratingOnFirstLine(String firstLine, int rating) {
        assertThat(SurveyReplies.parse(firstLine + "\n").map(SurveyReplies.Answer::rating)).contains(rating);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "45", "Four", "I would give it a 4", "> 4"})
    void noRating(String text) {
        assertThat(SurveyReplies.parse(text)).isEmpty();
    }

    @Test
    void commentStopsAtQuote() {
        var answer = SurveyReplies.parse("2\nIt took far too long.\nNobody called back.\n\n"
                + "On Fri, 4 Dec 2026, Support wrote:\n> How did we do?").orElseThrow();

        assertThat(answer.rating()).isEqualTo(2);
        assertThat(answer.comment()).isEqualTo("It took far too long.\nNobody called back.");
    }
}
