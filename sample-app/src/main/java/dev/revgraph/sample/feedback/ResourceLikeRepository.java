package dev.revgraph.sample.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

/** The like counts of resources. */
public interface ResourceLikeRepository extends JpaRepository<ResourceLike, Long> {
}
