package dev.revgraph.sample.feedback;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resource (a dataset, a document) that people give feedback on. */
@Entity
@Table(name = "resources")
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 500)
    private String url;

    @Column(nullable = false)
    private LocalDateTime createdAt;

    protected Resource() {
    }

    public Resource(String name, String url) {
        this.name = name;
        this.url = url;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    public String getUrl() {
        return this.url;
    }

    /** Links a resource that has no URL of its own to its catalog page; needs the id, so after the first save. */
    void linkToCatalogUnlessItHasAUrl(CatalogLinks links) {
        if (this.url == null) {
            this.url = links.resourcePage(this.id);
        }
    }

    public LocalDateTime getCreatedAt() {
        return this.createdAt;
    }
}
