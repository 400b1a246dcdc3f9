package ch.postdesk.inbound;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads folders of the embedded IMAP server as a mail client would. */
final class ImapFolders {

    private ImapFolders() {
    }

    /** Returns the Message-ID headers of the messages in {@code folderName} that are not flagged deleted. */
    static List<String> messageIds(int port, String user, String folderName) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, user, user);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<String> ids = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                if (message.isSet(jakarta.mail.Flags.Flag.DELETED)) {
                    continue;
                }
                String[] header = message.getHeader("Message-ID");
                if (header != null) {
                    ids.add(header[0]);
                }
            }
            folder.close(false);
            return ids;
        }
    }

    /** Returns whether the message with {@code messageId} in {@code folderName} has the \Seen flag. */
    static Boolean seen(int port, String user, String folderName, String messageId) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, user, user);
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
                for (Message message : folder.getMessages()) {
                    String[] header = message.getHeader("Message-ID");
                    if (header != null && header[0].contains(messageId)) {
                        return message.isSet(jakarta.mail.Flags.Flag.SEEN);
                    }
                }
                return null;
            } finally {
                folder.close(false);
            }
        }
    }
}
