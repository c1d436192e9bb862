package dev.revgraph.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The "feedback" service: resources, utilizations, comments and likes, kept in a database that the
 * application migrates itself with RevGraph.
 */
@SpringBootApplication
public class FeedbackApplication {

    public static void main(String[] args) {
        SpringApplication.run(FeedbackApplication.class, args);
    }
}
