package ch.postdesk.parsing;

/**
 * One mailbox from an address header.
 *
 * @param address the addr-spec in lower case, or null when the header text is not a valid address
 * @param displayName the decoded display name, or null
 * @param raw the header text this address came from, kept when it could not be parsed
 */
public record MailAddress(String address, String displayName, String raw) {

    public boolean valid() {
        return address != null;
    }

    /** Returns the domain part of the address, or null. */
    public String domain() {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1);
    }

    /** Formats the address for display and storage, such as {@code Jane Doe <jane@acme.test>}. */
    public String formatted() {
        if (address == null) {
            return raw;
        }
        return displayName == null || displayName.isBlank() ? address : displayName + " <" + address + ">";
    }
}
