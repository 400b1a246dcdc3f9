package ch.postdesk.support;

/** Builders for small raw test messages, with CRLF line ends as on the wire. */
public final class TestMails {

    private TestMails() {
    }

    /** A plain-text UTF-8 mail; {@code extraHeaders} are whole header lines such as {@code In-Reply-To: <x@y>}. */
    public static String plain(String from, String to, String subject, String messageId, String body,
            String... extraHeaders) {
        StringBuilder mail = new StringBuilder();
        mail.append("From: ").append(from).append("\r\n");
        mail.append("To: ").append(to).append("\r\n");
        mail.append("Subject: ").append(subject).append("\r\n");
        if (messageId != null) {
            mail.append("Message-ID: <").append(messageId).append(">\r\n");
        }
        mail.append("Date: Fri, 04 Dec 2026 09:15:00 +0100\r\n");
        for (String header : extraHeaders) {
            mail.append(header).append("\r\n");
        }
        mail.append("MIME-Version: 1.0\r\n");
        mail.append("Content-Type: text/plain; charset=UTF-8\r\n");
        mail.append("Content-Transfer-Encoding: 8bit\r\n");
        mail.append("\r\n");
        mail.append(body.replace("\n", "\r\n")).append("\r\n");
        return mail.toString();
    }
}
