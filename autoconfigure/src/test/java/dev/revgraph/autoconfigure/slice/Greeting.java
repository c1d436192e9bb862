package dev.revgraph.autoconfigure.slice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The entity that db/revisions creates the table of. */
@Entity
public class Greeting {

    @Id
    private Integer id;

    @Column(nullable = false, length = 100)
    private String message;

    protected Greeting() {
    }

    public Integer getId() {
        return this.id;
    }

    public String getMessage() {
        return this.message;
    }

}
