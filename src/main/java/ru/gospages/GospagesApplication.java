package ru.gospages;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GospagesApplication {
    public static void main(String[] args) {
        SpringApplication.run(GospagesApplication.class, args);
    }
}
