package dev.revgraph.sample.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** How many people liked a resource: one row per resource that has been liked at least once. */
@Entity
@Table(name = "resource_likes")
public class ResourceLike {

    @Id
    private Long resourceId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", foreignKey = @ForeignKey(name = "fk_resource_likes_resource"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Resource resource;

    @Column(nullable = false)
    @ColumnDefault("0")
    private int likeCount;

    protected ResourceLike() {
    }

    public ResourceLike(Resource resource) {
        this.resource = resource;
    }

    public Long getResourceId() {
        return this.resourceId;
    }

    public int getLikeCount() {
        return this.likeCount;
    }

    void like() {
        this.likeCount++;
    }
}
