package dev.revgraph.sample.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The utilizations of resources. */
public interface UtilizationRepository extends JpaRepository<Utilization, Long> {

    List<Utilization> findByResourceIdOrderById(Long resourceId);
}
