package ch.postdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PostdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(PostdeskApplication.class, args);
    }
}
