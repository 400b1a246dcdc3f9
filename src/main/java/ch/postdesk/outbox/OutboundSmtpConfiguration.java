package ch.postdesk.outbox;

import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.MailEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMTP endpoint of the outbox route, built from typed settings so that the password never
 * appears in an endpoint URI. Routes refer to it as {@code ref:outboundSmtp}.
 */
@Configuration(proxyBeanMethods = false)
class OutboundSmtpConfiguration {

    @Bean
    MailEndpoint outboundSmtp(CamelContext camelContext, OutboundProperties properties) {
        OutboundProperties.Smtp smtp = properties.smtp();
        String protocol = smtp.security() == OutboundProperties.Security.TLS ? "smtps" : "smtp";
        MailEndpoint endpoint = camelContext.getEndpoint(protocol + "://" + smtp.host() + ":" + smtp.port(),
                MailEndpoint.class);
        var configuration = endpoint.getConfiguration();
        if (smtp.username() != null && !smtp.username().isBlank()) {
            configuration.setUsername(smtp.username());
            configuration.setPassword(smtp.password());
        }
        configuration.setConnectionTimeout((int) smtp.timeout().toMillis());
        Properties javaMail = new Properties();
        String prefix = "mail." + protocol + ".";
        javaMail.setProperty(prefix + "timeout", String.valueOf(smtp.timeout().toMillis()));
        javaMail.setProperty(prefix + "connectiontimeout", String.valueOf(smtp.timeout().toMillis()));
        javaMail.setProperty(prefix + "writetimeout", String.valueOf(smtp.timeout().toMillis()));
        if (smtp.security() == OutboundProperties.Security.STARTTLS) {
            javaMail.setProperty(prefix + "starttls.enable", "true");
            javaMail.setProperty(prefix + "starttls.required", "true");
        }
        configuration.setAdditionalJavaMailProperties(javaMail);
        return endpoint;
    }
}
