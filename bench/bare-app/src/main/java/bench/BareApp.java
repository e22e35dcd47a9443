package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare Spring Boot web + actuator app: the startup reference the hub is measured against. */
@SpringBootApplication
public class BareApp {

    public static void main(String[] args) {
        SpringApplication.run(BareApp.class, args);
    }
}
