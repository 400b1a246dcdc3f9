package ch.postdesk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.postdesk.support.PostdeskIntegrationTest;
import ch.postdesk.support.TestMails;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code bin/postdesk-mailgate} as an MTA would run it: one mail on standard input. */
class MailgateScriptTest extends PostdeskIntegrationTest {

    @Test
    void mailgateStoresMailAndReportsOutcome() throws Exception {
        assumeTrue(onPath("curl"), "curl is not installed");
        String customer = uniqueAddress("gate", "acme.test");
        Path mail = Files.createTempFile("mailgate-", ".eml");
        Files.writeString(mail, TestMails.plain(customer, "support@postdesk.test", "Via the mailgate",
                uniqueMessageId("acme.test"), "Piped in by the MTA."), StandardCharsets.UTF_8);

        Result created = run(mail, API_TOKEN);
        Result again = run(mail, API_TOKEN);
        Result rejected = run(mail, "wrong-token");

        assertThat(created.exitCode()).isZero();
        assertThat(created.output()).contains("\"outcome\":\"created\"");
        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("\"outcome\":\"duplicate\"");
        assertThat(rejected.exitCode()).isEqualTo(77);
        assertThat(ticketCount(customer)).isEqualTo(1);
    }

    @Test
    void mailgateReportsTemporaryFailureWhenServerIsDown() throws Exception {
        assumeTrue(onPath("curl"), "curl is not installed");
        Path mail = Files.createTempFile("mailgate-", ".eml");
        Files.writeString(mail, "From: a@acme.test\r\n\r\nx\r\n");

        ProcessBuilder builder = new ProcessBuilder("sh", "bin/postdesk-mailgate", "--url", "http://127.0.0.1:1")
                .redirectInput(mail.toFile())
                .redirectErrorStream(true);
        builder.environment().put("POSTDESK_API_TOKEN", API_TOKEN);
        Process process = builder.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(75);
    }

    private Result run(Path mail, String token) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "bin/postdesk-mailgate", "--mailbox", "support",
                "--url", "http://127.0.0.1:" + httpPort)
                .redirectInput(mail.toFile())
                .redirectErrorStream(true);
        builder.environment().put("POSTDESK_API_TOKEN", token);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
