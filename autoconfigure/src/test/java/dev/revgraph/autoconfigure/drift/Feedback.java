package dev.revgraph.autoconfigure.drift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The entity of the drift tests: db/drift-complete creates its table, db/drift leaves out its rating. */
@Entity
public class Feedback {

    @Id
    private Integer id;

    @Column(nullable = false, length = 100)
    private String message;

    private Integer rating;

    @Column(length = 100)
    private String authorName;

    protected Feedback() {
    }

}
