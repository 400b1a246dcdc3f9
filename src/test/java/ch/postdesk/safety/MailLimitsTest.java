package ch.postdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.postdesk.content.ContentSpool;
import ch.postdesk.content.MailContent;
import ch.postdesk.content.Spooling;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailLimitsTest {

    private final MailLimits limits = new MailLimits(new SafetyProperties.Limits(null, 0, null, 3, 0));

    @TempDir
    Path spool;

    @Test
    void messageIdReadFromFoldedHeader() {
        byte[] raw = "From: a@b.test\r\nMessage-ID:\r\n <folded.1@b.test>\r\n\r\nBody\r\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(MailLimits.messageId(raw)).isEqualTo("folded.1@b.test");
    }

    @Test
    void messageIdInBodyIsIgnored() {
        byte[] raw = "From: a@b.test\r\n\r\nMessage-ID: <quoted@b.test>\r\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(MailLimits.messageId(raw)).isNull();
    }

    @Test
    void spooledMailOverDepthLimitRejected() throws IOException {
        StringBuilder mail = new StringBuilder("From: a@b.test\r\nMIME-Version: 1.0\r\n");
        for (int depth = 0; depth < 5; depth++) {
            mail.append("Content-Type: multipart/mixed; boundary=\"b").append(depth).append("\"\r\n\r\n--b")
                    .append(depth).append("\r\n");
        }
        mail.append("Content-Type: text/plain\r\n\r\n").append("x".repeat(5000)).append("\r\n");
        MailContent content = ContentSpool.copy(new ByteArrayInputStream(mail.toString().getBytes(StandardCharsets.US_ASCII)),
                new Spooling(1024, spool));

        assertThat(content.inMemory()).isFalse();
        assertThatThrownBy(() -> limits.checkStructure(content))
                .isInstanceOf(MailLimitExceededException.class)
                .hasMessageContaining("MIME nesting deeper than 3 levels");
        content.close();
    }
}
