package dev.revgraph.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.revgraph.ErrorCode;
import dev.revgraph.revision.MultipleHeadsException;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.RevisionGraphException;
import dev.revgraph.script.FileNameTemplate;
import dev.revgraph.script.RevisionIds;
import dev.revgraph.script.ScriptLocation;

import org.jspecify.annotations.Nullable;

/**
 * Writes a new revision file for {@code revision} and {@code merge}, with Alembic's
 * {@code generate_revision} rules and messages: the parents must be heads unless {@code --splice}, a head
 * given twice is refused, {@code head} with several heads asks for a head or a merge, a branch label may
 * be declared once. One rule is RevGraph's own: a second base in a tree that already has revisions must
 * carry a {@code --branch-label}, or its head could only be named by id.
 */
final class RevisionGenerator {

    private final CommandContext context;

    private final TreeRevisions revisions;

    RevisionGenerator(CommandContext context, TreeRevisions revisions) {
        this.context = context;
        this.revisions = revisions;
    }

    /** What to generate. */
    record Request(String message, List<String> heads, boolean splice, List<String> branchLabels,
            List<String> dependsOn, @Nullable String revId, RevisionFormat format, @Nullable Path versionPath,
            @Nullable String javaPackage, boolean merge) {
    }

    /** What was generated. */
    record Generated(RevisionTemplates.NewRevision revision, Path path, RevisionFormat format,
            @Nullable String className) {
    }

    Generated generate(Request request, CommandOutput output) {
        RevisionGraph graph = this.revisions.graph();
        String id = (request.revId() != null) ? request.revId() : this.context.newRevisionId();
        RevisionIds.checkId(id).ifPresent((problem) -> {
            throw new CommandUsageException("Invalid --rev-id: " + problem);
        });
        graph.find(id).ifPresent((existing) -> {
            throw new RevisionGraphException(ErrorCode.DUPLICATE_REVISION, "Revision " + id
                    + " is already present (" + existing.source() + ")");
        });
        List<Revision> parents = parents(graph, request.heads());
        if (request.merge() && parents.size() < 2) {
            throw new CommandUsageException("Nothing to merge: " + String.join(" ", request.heads()) + " resolve"
                    + ((request.heads().size() == 1) ? "s" : "") + " to " + (parents.isEmpty() ? "no revision"
                            : "one revision, " + parents.get(0).id()));
        }
        if (!request.splice()) {
            for (Revision parent : parents) {
                if (!parent.isHead()) {
                    throw new RevisionGraphException(ErrorCode.NOT_IN_BRANCH, "Revision " + parent.id()
                            + " is not a head revision; please specify --splice to create a new branch from this "
                            + "revision");
                }
            }
        }
        List<String> labels = new ArrayList<>();
        for (String label : request.branchLabels()) {
            RevisionIds.checkLabel(label).ifPresent((problem) -> {
                throw new CommandUsageException("Invalid --branch-label: " + problem);
            });
            Revision owner = graph.branchLabels().get(label);
            if (owner != null) {
                throw new RevisionGraphException(ErrorCode.DUPLICATE_LABEL, "Branch name '" + label + "' in revision "
                        + id + " already used by revision " + owner.id());
            }
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        if (parents.isEmpty() && !graph.revisions().isEmpty() && labels.isEmpty()) {
            throw new CommandUsageException("Revision " + id + " would be a second base in tree '"
                    + this.revisions.tree().name() + "'; give it a --branch-label so that its branch can be named "
                    + "(label@head), or choose a --head to build on");
        }
        List<String> dependsOn = new ArrayList<>();
        for (String dependency : request.dependsOn()) {
            Revision target = graph.resolveOne(dependency).orElseThrow(() -> new CommandUsageException(
                    "--depends-on " + dependency + " names no revision"));
            String kept = target.branchLabels().contains(dependency) ? dependency : target.id();
            if (!dependsOn.contains(kept)) {
                dependsOn.add(kept);
            }
        }
        Instant created = this.context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        String message = request.message().replaceAll("[\\r\\n]+", " ").strip();
        RevisionTemplates.NewRevision revision = new RevisionTemplates.NewRevision(id,
                parents.stream().map(Revision::id).toList(), labels, dependsOn, message, created);
        return (request.format() == RevisionFormat.JAVA) ? writeJava(revision, request, output)
                : writeSql(revision, request, output);
    }

    private static List<Revision> parents(RevisionGraph graph, List<String> heads) {
        Set<Revision> parents = new LinkedHashSet<>();
        List<Revision> all = new ArrayList<>();
        for (String head : heads) {
            if (head.equals("base") || (graph.revisions().isEmpty() && (head.equals("head") || head.equals("heads")))) {
                continue;
            }
            try {
                all.addAll(graph.resolve(head));
            }
            catch (MultipleHeadsException ex) {
                throw new RevisionGraphException(ErrorCode.MULTIPLE_HEADS, "Multiple heads are present; please "
                        + "specify the head revision on which the new revision should be based, or perform a merge "
                        + "(heads: " + String.join(", ", ex.heads()) + ")");
            }
        }
        parents.addAll(all);
        if (parents.size() != all.size()) {
            throw new CommandUsageException("Duplicate head revisions specified");
        }
        return new ArrayList<>(parents);
    }

    private Generated writeSql(RevisionTemplates.NewRevision revision, Request request, CommandOutput output) {
        Path directory = resolve((request.versionPath() != null) ? request.versionPath()
                : this.revisions.tree().revisionDirectory());
        String name = new FileNameTemplate(this.revisions.tree().fileTemplate()).render(revision.id(),
                revision.message(), revision.created());
        Path path = directory.resolve(name + ".sql");
        write(path, RevisionTemplates.sql(revision), output);
        if (!isLocation(directory)) {
            output.line("Note: " + directory + " is not one of tree '" + this.revisions.tree().name()
                    + "''s locations (" + String.join(", ", this.revisions.tree().locations())
                    + "); the new revision will not be found until it is");
        }
        return new Generated(revision, path, RevisionFormat.SQL, null);
    }

    private Generated writeJava(RevisionTemplates.NewRevision revision, Request request, CommandOutput output) {
        String javaPackage = (request.javaPackage() != null) ? request.javaPackage()
                : this.revisions.tree().javaPackage();
        var javaFile = RevisionTemplates.java(revision, javaPackage);
        Path directory = resolve((request.versionPath() != null) ? request.versionPath()
                : this.revisions.tree().javaSourceDirectory());
        Path path = directory.resolve(javaPackage.replace('.', '/')).resolve(javaFile.typeSpec().name() + ".java");
        write(path, javaFile.toString(), output);
        output.line("Java revisions are compiled classes: rebuild the application before 'upgrade' sees "
                + javaPackage + "." + javaFile.typeSpec().name());
        if (!this.revisions.tree().javaPackages().contains(javaPackage)) {
            output.line("Note: package " + javaPackage + " is not one of tree '" + this.revisions.tree().name()
                    + "''s Java packages (" + String.join(", ", this.revisions.tree().javaPackages())
                    + "); add it so that the revision is found");
        }
        return new Generated(revision, path, RevisionFormat.JAVA, javaPackage + "." + javaFile.typeSpec().name());
    }

    private Path resolve(Path path) {
        return this.context.workingDirectory().resolve(path).normalize();
    }

    /** Whether {@code directory} is a filesystem location, or the source folder of a classpath one. */
    private boolean isLocation(Path directory) {
        for (String location : this.revisions.tree().locations()) {
            String expanded = (this.revisions.vendor() != null)
                    ? location.replace("{vendor}", this.revisions.vendor().id()) : location;
            if (expanded.contains("{")) {
                continue;
            }
            ScriptLocation parsed = ScriptLocation.parse(expanded, null);
            Path candidate = (parsed.kind() == ScriptLocation.Kind.FILESYSTEM) ? resolve(Path.of(parsed.path()))
                    : resolve(Path.of("src", "main", "resources").resolve(parsed.path()));
            if (candidate.equals(directory)) {
                return true;
            }
        }
        return false;
    }

    private static void write(Path path, String text, CommandOutput output) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        }
        catch (FileAlreadyExistsException ex) {
            throw new CommandUsageException("File " + path + " already exists");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + path + ": " + ex.getMessage(), ex);
        }
        output.line("Generating " + path + " ... done");
    }
}
