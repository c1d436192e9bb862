package dev.revgraph.autogenerate.hibernate.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One column of every type family, with a client-assigned UUID key. */
@Entity
public class Specimen {

    @Id
    private UUID id;

    private int intValue;

    private long longValue;

    private short shortValue;

    private byte byteValue;

    private Boolean flag;

    private String plain;

    @Column(length = 20)
    private String shortText;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String code;

    @Column(length = 100_000)
    private String longText;

    @Lob
    private String document;

    @Lob
    private byte[] picture;

    @Column(length = 16)
    private byte[] digest;

    @Column(precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(precision = 19)
    private BigDecimal wholeAmount;

    private double ratio;

    private float weight;

    private LocalDate issuedOn;

    private LocalTime clock;

    private LocalDateTime localStamp;

    private Instant instant;

    private OffsetDateTime offsetStamp;

    @Column(precision = 3)
    private LocalDateTime millis;

    private UUID reference;

    @JdbcTypeCode(SqlTypes.JSON)
    private String payload;
}
