package id.serasi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Serasi: ATENSI rehabilitation and whistleblowing case management on an embedded BPMN engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SerasiApplication {

    public static void main(String[] args) {
        SpringApplication.run(SerasiApplication.class, args);
    }
}
