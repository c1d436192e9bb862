package dev.revgraph.schema;

import java.util.List;

import dev.revgraph.operation.ColumnType.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeSyntaxTests {

    @Test
    void separatesTheNameFromItsNumericParameters() {
        assertThat(TypeSyntax.parse("character varying(255)"))
            .isEqualTo(new TypeSyntax("character varying", List.of(255)));
        assertThat(TypeSyntax.parse("numeric(10,2)")).isEqualTo(new TypeSyntax("numeric", List.of(10, 2)));
        assertThat(TypeSyntax.parse("NUMERIC(10, 2)")).isEqualTo(new TypeSyntax("NUMERIC", List.of(10, 2)));
    }

    @Test
    void keepsWhatFollowsTheParametersInTheName() {
        assertThat(TypeSyntax.parse("timestamp(3) with time zone"))
            .isEqualTo(new TypeSyntax("timestamp with time zone", List.of(3)));
        assertThat(TypeSyntax.parse("int(10) unsigned zerofill"))
            .isEqualTo(new TypeSyntax("int unsigned zerofill", List.of(10)));
        assertThat(TypeSyntax.parse("character varying(20)[]"))
            .isEqualTo(new TypeSyntax("character varying[]", List.of(20)));
    }

    @Test
    void leavesTypesWithoutNumericParametersWhole() {
        assertThat(TypeSyntax.parse("enum('a','b')")).isEqualTo(new TypeSyntax("enum('a','b')", List.of()));
        assertThat(TypeSyntax.parse("text")).isEqualTo(new TypeSyntax("text", List.of()));
    }

    @Test
    void readsParametersAsTheFamilyMeansThem() {
        assertThat(TypeSyntax.parse("varchar(20)").toDataType("varchar(20)", Kind.VARCHAR))
            .isEqualTo(new DataType("varchar(20)", "varchar", Kind.VARCHAR, 20, null, null, false));
        assertThat(TypeSyntax.parse("decimal(10,2)").toDataType("decimal(10,2)", Kind.DECIMAL))
            .isEqualTo(new DataType("decimal(10,2)", "decimal", Kind.DECIMAL, null, 10, 2, false));
        assertThat(TypeSyntax.parse("datetime(6)").toDataType("datetime(6)", Kind.TIMESTAMP))
            .isEqualTo(new DataType("datetime(6)", "datetime", Kind.TIMESTAMP, null, 6, null, false));
        // a display width is no length or precision
        assertThat(TypeSyntax.parse("int(11)").toDataType("int(11)", Kind.INTEGER))
            .isEqualTo(new DataType("int(11)", "int", Kind.INTEGER, null, null, null, false));
        assertThat(TypeSyntax.parse("varchar").toDataType("varchar", Kind.VARCHAR).unbounded()).isTrue();
        assertThat(TypeSyntax.parse("numeric").toDataType("numeric", Kind.DECIMAL).unbounded()).isTrue();
    }
}
