package ch.postdesk.parsing;

import java.util.Locale;
import java.util.Map;

/** File extensions and MIME types for parts that lack one or the other. */
final class MimeTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("txt", "text/plain"), Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
            Map.entry("ics", "text/calendar"), Map.entry("csv", "text/csv"), Map.entry("xml", "application/xml"),
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("bmp", "image/bmp"), Map.entry("tif", "image/tiff"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("eml", "message/rfc822"), Map.entry("rtf", "application/rtf"));

    private MimeTypes() {
    }

    static String forFilename(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        if (dot < 0) {
            return "application/octet-stream";
        }
        return BY_EXTENSION.getOrDefault(filename.substring(dot + 1).toLowerCase(Locale.ROOT),
                "application/octet-stream");
    }

    static String extensionFor(String contentType) {
        return switch (contentType) {
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            case "text/calendar" -> ".ics";
            case "text/rfc822-headers", "message/delivery-status", "message/disposition-notification" -> ".txt";
            case "message/rfc822" -> ".eml";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            case "application/pgp-signature" -> ".asc";
            case "application/pkcs7-signature", "application/x-pkcs7-signature" -> ".p7s";
            case "application/pkcs7-mime", "application/x-pkcs7-mime" -> ".p7m";
            default -> ".bin";
        };
    }
}
