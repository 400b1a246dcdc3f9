package ch.postdesk.directory;

/** Raised when the directory file is malformed or inconsistent; the message names the file, the entry and the fix. */
public class DirectoryException extends RuntimeException {

    public DirectoryException(String message) {
        super(message);
    }

    public DirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
