package dev.revgraph.autoconfigure.slice;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} runs the migrations (the AutoConfigureDataSourceInitialization registration), and
 * Hibernate leaves the embedded database they built alone (the SchemaManagementProvider): with
 * {@code create-drop}, the row the migrations inserted would be gone.
 */
@DataJpaTest
class DataJpaTestMigrationsTests {

    @Autowired
    private EntityManager entityManager;

    @Test
    void findsWhatTheMigrationsInserted() {
        assertThat(this.entityManager.find(Greeting.class, 1).getMessage()).isEqualTo("hello");
    }

}
