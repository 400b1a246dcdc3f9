package ch.postdesk.routing;

import ch.postdesk.security.ReplyToken;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the routing feature that are plain classes. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    ReplyToken replyToken(RoutingProperties properties) {
        return new ReplyToken(properties.replyTokenKey());
    }
}
