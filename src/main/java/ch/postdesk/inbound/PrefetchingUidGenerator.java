package ch.postdesk.inbound;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailUidGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names each polled message by its IMAP UID. Camel asks for a name and the flags of every message
 * it considers in a poll, one message at a time; this generator fetches the UIDs, flags, sizes and
 * Message-IDs of the whole folder in one command the first time it meets a message of a poll, so
 * that a poll costs one round trip for them instead of two per message.
 */
final class PrefetchingUidGenerator implements MailUidGenerator {

    private static final Logger log = LoggerFactory.getLogger(PrefetchingUidGenerator.class);

    /** Messages whose attributes are already fetched. A new poll reopens the folder and gets new objects. */
    private final Map<Message, Boolean> fetched = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public String generateUuid(MailEndpoint endpoint, Message message) {
        Folder folder = message.getFolder();
        try {
            if (!fetched.containsKey(message) && folder != null && folder.isOpen()) {
                Message[] all = folder.getMessages();
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(FetchProfile.Item.FLAGS);
                profile.add(FetchProfile.Item.SIZE);
                profile.add("Message-ID");
                folder.fetch(all, profile);
                for (Message each : all) {
                    fetched.put(each, Boolean.TRUE);
                }
            }
            if (folder instanceof UIDFolder uidFolder) {
                return folder.getFullName() + "/" + uidFolder.getUIDValidity() + "/" + uidFolder.getUID(message);
            }
            return folder == null ? String.valueOf(message.getMessageNumber())
                    : folder.getFullName() + "/" + message.getMessageNumber();
        } catch (MessagingException e) {
            log.debug("UID of message {} not available: {}", message.getMessageNumber(), e.getMessage());
            return String.valueOf(message.getMessageNumber());
        }
    }
}
