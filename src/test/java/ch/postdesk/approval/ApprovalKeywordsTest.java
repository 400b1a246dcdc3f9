package ch.postdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApprovalKeywordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "APPROVE|true",
            "approved, go ahead|true",
            "  Genehmigt.|true",
            "GENEHMIGT|true",
            "DECLINE|false",
            "Declined - too expensive|false",
            "ABGELEHNT|false",
            "abgelehnt!|false"})
    void firstLineKeyword(String firstLine, boolean approved) {
        assertThat(ApprovalKeywords.decision("\n" + firstLine + "\n\n> quoted request\n> APPROVE"))
                .contains(approved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Thanks, I approve", "Approvement pending", "> APPROVE", "Why DECLINE?"})
    void noKeyword(String text) {
        assertThat(ApprovalKeywords.decision(text)).isEqualTo(Optional.empty());
    }
}
