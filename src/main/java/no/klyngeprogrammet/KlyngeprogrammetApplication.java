package no.klyngeprogrammet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KlyngeprogrammetApplication {

  public static void main(String[] args) {
    SpringApplication.run(KlyngeprogrammetApplication.class, args);
  }
}
