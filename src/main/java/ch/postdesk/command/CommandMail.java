package ch.postdesk.command;

import ch.postdesk.command.CommandParser.CommandBlock;
import ch.postdesk.directory.DirectoryFile.Agent;

/**
 * A staff mail about an existing ticket, found by {@link StaffMailStage}: who sent it, whether
 * that is proven, and its command lines. {@link CommandExecutor} acts on it in the store transaction.
 *
 * @param sender the From address in lower case, or null when the mail has none
 * @param agent the sender's agent entry in the directory, or null when the sender is not an agent
 * @param ticketNumber the ticket the mail is about
 */
public record CommandMail(String sender, Agent agent, String ticketNumber, Authentication authentication,
        CommandBlock block) {
}
