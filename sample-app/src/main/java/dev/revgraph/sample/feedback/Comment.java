package dev.revgraph.sample.feedback;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A comment on a utilization; other users can like it. */
@Entity
@Table(name = "utilization_comments",
        indexes = @Index(name = "ix_utilization_comments_created", columnList = "utilization_id, created_at"))
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "utilization_id", nullable = false,
            foreignKey = @ForeignKey(name = "fk_utilization_comments_utilization"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Utilization utilization;

    @Column(length = 100)
    private String author;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(nullable = false)
    @ColumnDefault("0")
    private int likeCount;

    @Column(nullable = false)
    private LocalDateTime createdAt;

    protected Comment() {
    }

    public Comment(Utilization utilization, String author, String body) {
        this.utilization = utilization;
        this.author = author;
        this.body = body;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() {
        return this.id;
    }

    public Utilization getUtilization() {
        return this.utilization;
    }

    public String getAuthor() {
        return this.author;
    }

    public String getBody() {
        return this.body;
    }

    public int getLikeCount() {
        return this.likeCount;
    }

    void like() {
        this.likeCount++;
    }

    public LocalDateTime getCreatedAt() {
        return this.createdAt;
    }
}
