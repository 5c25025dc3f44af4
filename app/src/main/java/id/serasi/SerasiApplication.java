package id.serasi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Serasi: ATENSI rehabilitation and whistleblowing case management on an embedded BPMN engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SerasiApplication {

    public static void main(String[] args) {
        SpringApplication.run(SerasiApplication.class, args);
    }
}
