package dev.revgraph.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableFilterTests {

    @Test
    void keepsEveryTableButOtherToolsTablesByDefault() {
        TableFilter filter = TableFilter.all();
        assertThat(filter.includes("users")).isTrue();
        assertThat(filter.includes("revgraph_version")).isTrue();
        assertThat(filter.includes("flyway_schema_history")).isFalse();
        assertThat(filter.includes("DATABASECHANGELOG")).isFalse();
        assertThat(filter.includes("DatabaseChangeLogLock")).isFalse();
    }

    @Test
    void leavesOutNamedTablesIgnoringCase() {
        TableFilter filter = TableFilter.all().excludingTables("revgraph_version", "REVGRAPH_HISTORY");
        assertThat(filter.includes("REVGRAPH_VERSION")).isFalse();
        assertThat(filter.includes("revgraph_history")).isFalse();
        assertThat(filter.includes("revgraph_version_old")).isTrue();
    }

    @Test
    void matchesGlobsOnWholeNamesIgnoringCase() {
        TableFilter filter = TableFilter.all().excluding("tmp_*", "audit_?");
        assertThat(filter.includes("tmp_import")).isFalse();
        assertThat(filter.includes("TMP_EXPORT")).isFalse();
        assertThat(filter.includes("tmp_")).isFalse();
        assertThat(filter.includes("my_tmp_import")).isTrue();
        assertThat(filter.includes("audit_a")).isFalse();
        assertThat(filter.includes("audit_ab")).isTrue();
        assertThat(filter.includes("audit_")).isTrue();
    }

    @Test
    void treatsEverythingButStarAndQuestionMarkLiterally() {
        TableFilter filter = TableFilter.all().including("a.b", "x[1]*", "100%");
        assertThat(filter.includes("a.b")).isTrue();
        assertThat(filter.includes("aXb")).isFalse();
        assertThat(filter.includes("x[1]y")).isTrue();
        assertThat(filter.includes("x1y")).isFalse();
        assertThat(filter.includes("100%")).isTrue();
        assertThat(filter.includes("1000")).isFalse();
    }

    @Test
    void keepsOnlyIncludedTablesThatAreNotExcluded() {
        TableFilter filter = TableFilter.all().including("feedback_*").including("likes").excluding("*_old");
        assertThat(filter.includes("feedback_comments")).isTrue();
        assertThat(filter.includes("likes")).isTrue();
        assertThat(filter.includes("feedback_comments_old")).isFalse();
        assertThat(filter.includes("resources")).isFalse();
    }

    @Test
    void neverKeepsOtherToolsTablesEvenWhenIncluded() {
        assertThat(TableFilter.all().including("*").includes("flyway_schema_history")).isFalse();
    }

    @Test
    void leavesTheFilterItStartedFromUnchanged() {
        TableFilter all = TableFilter.all();
        all.excluding("users");
        assertThat(all.includes("users")).isTrue();
    }
}
