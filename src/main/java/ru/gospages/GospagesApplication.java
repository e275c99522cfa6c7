package ru.gospages;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import ru.gospages.cli.Cli;

/** Start-up: hands the command line to {@link Cli} and exits with its code. */
@SpringBootApplication
public class GospagesApplication {

    public static void main(String[] args) {
        System.exit(new Cli(System.out).run(args));
    }
}
