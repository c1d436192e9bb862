package dev.revgraph.autogenerate.hibernate.shop;

import java.time.Instant;

import dev.revgraph.RenamedFrom;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

/** Identity id, Bean Validation, enums, an embeddable, a secondary table, defaults, comments, checks. */
@Entity
@Table(name = "customer")
@SecondaryTable(name = "customer_profile")
@Comment("People who buy things")
@Check(name = "ck_customer_credit", constraints = "credit_limit >= 0")
@RenamedFrom("client")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true, nullable = false, length = 200)
    private String email;

    @NotBlank
    @Size(max = 80)
    @RenamedFrom({ "full_name", "fullname" })
    private String displayName;

    @Enumerated(EnumType.STRING)
    @ColumnDefault("'PROSPECT'")
    private CustomerStatus status;

    @Enumerated(EnumType.ORDINAL)
    private Tier tier;

    @Min(0)
    @Max(100)
    @Comment("Loyalty score, 0 to 100")
    private Integer score;

    @NotNull
    @Column(name = "credit_limit", precision = 12, scale = 2)
    private java.math.BigDecimal creditLimit;

    @Embedded
    @AttributeOverride(name = "city", column = @Column(name = "home_city", length = 60))
    private Address address;

    @Column(table = "customer_profile", length = 2000)
    private String biography;

    @ColumnDefault("true")
    private boolean newsletter;

    private Instant createdAt;
}
