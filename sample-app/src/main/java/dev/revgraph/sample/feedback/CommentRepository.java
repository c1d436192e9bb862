package dev.revgraph.sample.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The comments on utilizations. */
public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByUtilizationIdOrderByCreatedAtAscIdAsc(Long utilizationId);
}
