package dev.revgraph.operation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ColumnTypeTests {

    @Test
    void writesThePortableNotation() {
        assertThat(ColumnType.varchar(255)).hasToString("VARCHAR(255)");
        assertThat(ColumnType.decimal(12, 2)).hasToString("DECIMAL(12,2)");
        assertThat(ColumnType.TIMESTAMP_TZ).hasToString("TIMESTAMP_TZ(6)");
        assertThat(ColumnType.BIGINT).hasToString("BIGINT");
        assertThat(ColumnType.raw("TEXT[]")).hasToString("raw(TEXT[])");
    }

    @Test
    void comparesByValue() {
        assertThat(ColumnType.varchar(10)).isEqualTo(ColumnType.varchar(10)).isNotEqualTo(ColumnType.varchar(11));
        assertThat(ColumnType.timestamp(6)).isEqualTo(ColumnType.TIMESTAMP);
    }

    @Test
    void refusesImpossibleSizes() {
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.varchar(0));
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.decimal(2, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.timestamp(10));
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.raw(" "));
    }

    @Test
    void columnsAreRefinedFromNullableWithoutDefault() {
        Column column = Column.of("id", ColumnType.BIGINT);
        assertThat(column.nullable()).isTrue();
        assertThat(column.asIdentity().nullable()).isFalse();
        assertThat(column.notNull().defaultExpression("0").comment("n"))
            .isEqualTo(new Column("id", ColumnType.BIGINT, false, "0", false, "n"));
        assertThatIllegalArgumentException().isThrownBy(() -> column.asIdentity().defaultExpression("1"));
    }
}
