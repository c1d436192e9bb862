package dev.revgraph.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;
import dev.revgraph.script.FileNameTemplate;

/** The text of a new, empty revision: an SQL file (DESIGN §2's header) or a Java class written by JavaPoet. */
final class RevisionTemplates {

    private RevisionTemplates() {
    }

    /** The metadata of a new revision. */
    record NewRevision(String id, List<String> down, List<String> branchLabels, List<String> dependsOn, String message,
            Instant created) {
    }

    static String sql(NewRevision revision) {
        List<String> lines = new ArrayList<>();
        lines.add("-- revision: " + revision.id());
        lines.add(header("down_revision", revision.down()));
        lines.add(header("branch_labels", revision.branchLabels()));
        lines.add(header("depends_on", revision.dependsOn()));
        lines.add(("-- message: " + revision.message()).stripTrailing());
        lines.add("-- created: " + revision.created());
        lines.add("");
        lines.add("-- migrate:upgrade");
        lines.add("");
        lines.add("");
        lines.add("-- migrate:downgrade");
        return String.join("\n", lines) + "\n";
    }

    private static String header(String key, List<String> values) {
        return ("-- " + key + ": " + String.join(", ", values)).stripTrailing();
    }

    /**
     * The class name of a Java revision: the message in upper camel case, then {@code _} and the id
     * ({@code AddSomeColumns_ba229313341d}), so that names sort by message yet stay unique.
     */
    static String javaClassName(NewRevision revision) {
        StringBuilder name = new StringBuilder();
        for (String word : FileNameTemplate.slug(revision.message(), FileNameTemplate.DEFAULT_SLUG_LENGTH).split("_")) {
            if (!word.isEmpty()) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, "Revision");
        }
        return name + "_" + revision.id();
    }

    static JavaFile java(NewRevision revision, String javaPackage) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Revision.class).addMember("id", "$S", revision.id());
        revision.down().forEach((down) -> annotation.addMember("down", "$S", down));
        revision.branchLabels().forEach((label) -> annotation.addMember("branchLabels", "$S", label));
        revision.dependsOn().forEach((dependency) -> annotation.addMember("dependsOn", "$S", dependency));
        if (!revision.message().isEmpty()) {
            annotation.addMember("message", "$S", revision.message());
        }
        annotation.addMember("created", "$S", revision.created().toString());
        TypeSpec type = TypeSpec.classBuilder(javaClassName(revision))
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(Migration.class)
            .addAnnotation(annotation.build())
            .addJavadoc("$L\n", revision.message().isEmpty() ? "Revision " + revision.id() + "." : revision.message())
            .addMethod(method("upgrade"))
            .addMethod(method("downgrade"))
            .build();
        return JavaFile.builder(javaPackage, type).skipJavaLangImports(true).indent("    ").build();
    }

    private static MethodSpec method(String name) {
        return MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Operations.class, "op")
            .build();
    }
}
