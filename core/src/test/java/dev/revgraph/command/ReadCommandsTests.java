package dev.revgraph.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code history}, {@code heads}, {@code branches} and {@code show}, which need no database. */
class ReadCommandsTests {

    private final CommandTester branched = CommandTester.of(CommandTester.tree("main", "classpath:command/branched"));

    private final CommandTester merged = CommandTester.of(CommandTester.tree("main", "classpath:command/branched",
            "classpath:command/merge"));

    private final CommandTester depends = CommandTester.of(CommandTester.tree("main", "classpath:command/depends"));

    @Test
    void historyListsRevisionsNewestFirstAsAlembicDoes() {
        CommandTester.Run run = this.branched.text(new HistoryCommand(null, null, false, false));
        assertThat(run.status()).isZero();
        assertThat(run.lines()).containsExactly(
                "1975ea83b712 -> ae1027a6acf0 (head), add email to account",
                "27c6a30d7c24 -> 3b8d11f0c2aa (feedback) (head), add likes",
                "1975ea83b712 -> 27c6a30d7c24 (feedback), create feedback table",
                "<base> -> 1975ea83b712 (branchpoint), create account table");
    }

    @Test
    void historyMarksTheMergePoint() {
        CommandTester.Run run = this.merged.text(new HistoryCommand(null, null, false, false));
        assertThat(run.lines().get(0))
            .isEqualTo("ae1027a6acf0, 3b8d11f0c2aa -> 4c2e9f1a7b3d (feedback) (head) (mergepoint), merge feedback "
                    + "into main");
    }

    @Test
    void historyTakesARange() {
        CommandTester.Run run = this.branched.text(new HistoryCommand(null, "27c6:feedback@head", false, false));
        assertThat(run.lines()).containsExactly(
                "27c6a30d7c24 -> 3b8d11f0c2aa (feedback) (head), add likes",
                "1975ea83b712 -> 27c6a30d7c24 (feedback), create feedback table");
    }

    @Test
    void historyWithAnOpenStartListsDownToBase() {
        CommandTester.Run run = this.branched.text(new HistoryCommand(null, ":ae1027a6acf0", false, false));
        assertThat(run.lines()).containsExactly("1975ea83b712 -> ae1027a6acf0 (head), add email to account",
                "<base> -> 1975ea83b712 (branchpoint), create account table");
    }

    @Test
    void historyRefusesARangeWithoutAColon() {
        CommandTester.Run run = this.branched.text(new HistoryCommand(null, "27c6", false, false));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).isEqualTo("ERROR [revgraph] History range requires [start]:[end], [start]:, or :[end]\n");
    }

    @Test
    void verboseHistoryPrintsAlembicsBlock() {
        CommandTester.Run run = this.branched.text(new HistoryCommand(null, "1975ea83b712:1975ea83b712", true, false));
        assertThat(run.lines()).containsExactly(
                "Rev: 1975ea83b712 (branchpoint)",
                "Parent: <base>",
                "Branches into: ae1027a6acf0, 27c6a30d7c24",
                "Path: classpath:command/branched/0001_create_account.sql",
                "",
                "    create account table",
                "",
                "    Revision ID: 1975ea83b712",
                "    Revises: ",
                "    Create Date: 2024-06-01T10:00:00Z",
                "");
    }

    @Test
    void historyAsJsonDescribesEveryRevision() {
        CommandTester.Run run = this.branched.json(new HistoryCommand(null, "3b8d:3b8d", false, false));
        assertThat(run.out()).isEqualTo("""
                {
                  "tree": "main",
                  "range": "3b8d:3b8d",
                  "revisions": [
                    {
                      "id": "3b8d11f0c2aa",
                      "down": ["27c6a30d7c24"],
                      "dependsOn": [],
                      "branchLabels": ["feedback"],
                      "message": "add likes",
                      "created": "2024-06-04T09:00:00Z",
                      "source": "classpath:command/branched/0004_likes.sql",
                      "children": [],
                      "base": false,
                      "head": true,
                      "effectiveHead": false,
                      "branchPoint": false,
                      "mergePoint": false
                    }
                  ]
                }
                """);
    }

    @Test
    void historyShowsDependenciesInParentheses() {
        CommandTester.Run run = this.depends.text(new HistoryCommand(null, null, false, false));
        assertThat(run.lines()).contains("aaaa00000001 (bbbb00000002) -> cccc00000003 (head), needs other");
    }

    @Test
    void headsListsEveryHeadWithItsLabels() {
        CommandTester.Run run = this.branched.text(new HeadsCommand(null, false));
        assertThat(run.lines()).containsExactly("ae1027a6acf0 (head)", "3b8d11f0c2aa (feedback) (head)");
    }

    @Test
    void headsMarksAHeadThatIsDependedOnAsEffective() {
        CommandTester.Run run = this.depends.text(new HeadsCommand(null, false));
        assertThat(run.lines()).containsExactly("bbbb00000002 (other) (effective head)", "cccc00000003 (head)");
    }

    @Test
    void headsAsJsonListsTheHeads() {
        CommandTester.Run run = this.branched.json(new HeadsCommand(null, false));
        assertThat(run.out()).contains("\"tree\": \"main\"", "\"id\": \"ae1027a6acf0\"", "\"id\": \"3b8d11f0c2aa\"");
    }

    @Test
    void verboseHeadsPrintsBlocks() {
        CommandTester.Run run = this.branched.text(new HeadsCommand(null, true));
        assertThat(run.lines()).contains("Rev: ae1027a6acf0 (head)", "Parent: 1975ea83b712",
                "Rev: 3b8d11f0c2aa (head)", "Branch names: feedback");
    }

    @Test
    void branchesShowsEachBranchPointWithItsBranches() {
        CommandTester.Run run = this.branched.text(new BranchesCommand(null, false));
        assertThat(run.lines()).containsExactly(
                "1975ea83b712 (branchpoint)",
                "             -> ae1027a6acf0 (head)",
                "             -> 27c6a30d7c24 (feedback)",
                "");
    }

    @Test
    void verboseBranchesAddsMessages() {
        CommandTester.Run run = this.branched.text(new BranchesCommand(null, true));
        assertThat(run.lines()).contains("Rev: 1975ea83b712 (branchpoint)",
                "             -> ae1027a6acf0 (head), add email to account");
    }

    @Test
    void branchesAsJsonNestsTheBranches() {
        CommandTester.Run run = this.branched.json(new BranchesCommand(null, false));
        assertThat(run.out()).contains("\"branchPoints\": [", "\"branches\": [", "\"id\": \"27c6a30d7c24\"");
    }

    @Test
    void showPrintsTheBlockOfALabel() {
        CommandTester.Run run = this.branched.text(new ShowCommand(null, "feedback@head"));
        assertThat(run.lines()).startsWith("Rev: 3b8d11f0c2aa (head)", "Parent: 27c6a30d7c24",
                "Branch names: feedback", "Path: classpath:command/branched/0004_likes.sql");
    }

    @Test
    void showOfAMergePrintsMerges() {
        CommandTester.Run run = this.merged.text(new ShowCommand(null, "4c2e"));
        assertThat(run.lines()).startsWith("Rev: 4c2e9f1a7b3d (head) (mergepoint)",
                "Merges: ae1027a6acf0, 3b8d11f0c2aa");
    }

    @Test
    void showOfAnUnknownRevisionIsARevisionError() {
        CommandTester.Run run = this.branched.json(new ShowCommand(null, "ffff"));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).isEqualTo("ERROR [revgraph] No such revision or branch 'ffff'\n");
        assertThat(run.out()).contains("\"code\": \"not_found\"", "\"exitStatus\": 2");
    }

    @Test
    void headIdentifierWithSeveralHeadsIsAMultipleHeadsError() {
        CommandTester.Run run = this.branched.text(new ShowCommand(null, "head"));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).startsWith("ERROR [revgraph] Multiple head revisions are present for given argument "
                + "'head'");
    }

    @Test
    void singleTreeCommandsNeedATreeWhenThereAreSeveral() {
        CommandTester two = CommandTester.of(CommandTester.tree("main", "classpath:command/branched"),
                CommandTester.tree("audit", "classpath:command/depends"));
        assertThat(two.text(new HeadsCommand(null, false)).err())
            .isEqualTo("ERROR [revgraph] There are 2 trees (main, audit); choose one with --tree NAME\n");
        assertThat(two.text(new HeadsCommand("audit", false)).lines()).contains("cccc00000003 (head)");
        assertThat(two.text(new HeadsCommand("nope", false)).err())
            .isEqualTo("ERROR [revgraph] No tree named 'nope'; the trees are: main, audit\n");
    }

    @Test
    void onlineCommandsWithoutADatabaseSaySo() {
        CommandTester.Run run = this.branched.text(new CurrentCommand(null, false));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("Tree 'main' has no database to connect to; give --url");
    }

    @Test
    void checkNeedsTheEntityModel() {
        CommandTester.Run run = this.branched.text(new CheckCommand(null));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("check needs the entity model");
    }
}
