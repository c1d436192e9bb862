package dev.revgraph.benchmarks.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * The W3 schema of {@code tables} tables, as DDL (the same statements for PostgreSQL, MariaDB and H2)
 * and as the JPA entities that map it. Table {@code w3_t0001} and on, each with ten columns of mixed
 * types, a primary key, an index on {@code name} and a foreign key from {@code parent_id} to the table
 * before it (the first table to itself):
 *
 * <pre>
 * CREATE TABLE w3_t0002 (id BIGINT NOT NULL, parent_id BIGINT, name VARCHAR(100) NOT NULL,
 *     code VARCHAR(20), quantity INTEGER NOT NULL, amount DECIMAL(12, 2), ratio DOUBLE PRECISION,
 *     active BOOLEAN NOT NULL, created_on DATE, priority SMALLINT,
 *     CONSTRAINT w3_t0002_pk PRIMARY KEY (id),
 *     CONSTRAINT w3_t0002_parent_fk FOREIGN KEY (parent_id) REFERENCES w3_t0001 (id))
 * CREATE INDEX w3_t0002_name_ix ON w3_t0002 (name)
 * </pre>
 *
 * The entities are written as an application would write them (Spring Boot's snake-case naming turns
 * {@code createdOn} into {@code created_on}); a database made from the DDL compares clean with the model
 * Hibernate builds from them.
 */
record CompareSchema(int tables) {

    /** The package of the generated entities. */
    static final String ENTITY_PACKAGE = "dev.revgraph.benchmarks.compare.w3";

    /** What Spring Boot's {@code spring.jpa.hibernate.naming.physical-strategy} is by default. */
    static final String PHYSICAL_NAMING_STRATEGY = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

    private static final String JPA = "jakarta.persistence";

    CompareSchema {
        if (tables < 1 || tables > 9999) {
            throw new IllegalArgumentException("tables must be between 1 and 9999, was " + tables);
        }
    }

    /** {@code w3_t0042}. */
    static String tableName(int table) {
        return String.format(Locale.ROOT, "w3_t%04d", table);
    }

    /** The DDL, in order: each table, then its index. */
    List<String> ddl() {
        List<String> statements = new ArrayList<>();
        for (int table = 1; table <= this.tables; table++) {
            String name = tableName(table);
            String parent = tableName(Math.max(1, table - 1));
            statements.add("CREATE TABLE " + name + " (id BIGINT NOT NULL, parent_id BIGINT, "
                    + "name VARCHAR(100) NOT NULL, code VARCHAR(20), quantity INTEGER NOT NULL, "
                    + "amount DECIMAL(12, 2), ratio DOUBLE PRECISION, active BOOLEAN NOT NULL, created_on DATE, "
                    + "priority SMALLINT, CONSTRAINT " + name + "_pk PRIMARY KEY (id), CONSTRAINT " + name
                    + "_parent_fk FOREIGN KEY (parent_id) REFERENCES " + parent + " (id))");
            statements.add("CREATE INDEX " + name + "_name_ix ON " + name + " (name)");
        }
        return statements;
    }

    /** The entities' fully qualified class names, one per table. */
    List<String> entityClassNames() {
        return IntStream.rangeClosed(1, this.tables).mapToObj((table) -> ENTITY_PACKAGE + "." + className(table)).toList();
    }

    /** The entities' source. */
    List<JavaFile> entitySources() {
        return IntStream.rangeClosed(1, this.tables).mapToObj(this::entity).toList();
    }

    private static String className(int table) {
        return String.format(Locale.ROOT, "W3T%04d", table);
    }

    private JavaFile entity(int table) {
        String name = tableName(table);
        ClassName parent = ClassName.get(ENTITY_PACKAGE, className(Math.max(1, table - 1)));
        AnnotationSpec index = AnnotationSpec.builder(jpa("Index"))
            .addMember("name", "$S", name + "_name_ix")
            .addMember("columnList", "$S", "name")
            .build();
        TypeSpec type = TypeSpec.classBuilder(className(table))
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(jpa("Entity"))
            .addAnnotation(AnnotationSpec.builder(jpa("Table"))
                .addMember("name", "$S", name)
                .addMember("indexes", "$L", index)
                .build())
            .addField(field(TypeName.get(Long.class), "id", AnnotationSpec.builder(jpa("Id")).build()))
            .addField(field(parent, "parent",
                    AnnotationSpec.builder(jpa("ManyToOne"))
                        .addMember("fetch", "$T.LAZY", jpa("FetchType"))
                        .build(),
                    AnnotationSpec.builder(jpa("JoinColumn"))
                        .addMember("name", "$S", "parent_id")
                        .addMember("foreignKey", "$L", AnnotationSpec.builder(jpa("ForeignKey"))
                            .addMember("name", "$S", name + "_parent_fk")
                            .build())
                        .build()))
            .addField(field(TypeName.get(String.class), "name", column("nullable = false, length = 100")))
            .addField(field(TypeName.get(String.class), "code", column("length = 20")))
            .addField(field(TypeName.get(Integer.class), "quantity", column("nullable = false")))
            .addField(field(TypeName.get(BigDecimal.class), "amount", column("precision = 12, scale = 2")))
            .addField(field(TypeName.get(Double.class), "ratio"))
            .addField(field(TypeName.get(Boolean.class), "active", column("nullable = false")))
            .addField(field(TypeName.get(LocalDate.class), "createdOn"))
            .addField(field(TypeName.get(Short.class), "priority"))
            .build();
        return JavaFile.builder(ENTITY_PACKAGE, type).build();
    }

    private static FieldSpec field(TypeName type, String name, AnnotationSpec... annotations) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE).addAnnotations(List.of(annotations)).build();
    }

    /** {@code @Column(...)} with the given members, written as they read. */
    private static AnnotationSpec column(String members) {
        AnnotationSpec.Builder column = AnnotationSpec.builder(jpa("Column"));
        for (String member : members.split(", ")) {
            String[] parts = member.split(" = ");
            column.addMember(parts[0], "$L", parts[1]);
        }
        return column.build();
    }

    private static ClassName jpa(String simpleName) {
        return ClassName.get(JPA, simpleName);
    }
}
