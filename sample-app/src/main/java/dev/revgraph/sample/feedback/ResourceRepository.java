package dev.revgraph.sample.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

/** The resources. */
public interface ResourceRepository extends JpaRepository<Resource, Long> {
}
