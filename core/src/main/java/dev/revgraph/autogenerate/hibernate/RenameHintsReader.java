package dev.revgraph.autogenerate.hibernate;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.revgraph.RenamedFrom;
import dev.revgraph.autogenerate.RenameHints;
import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link RenamedFrom} on entity classes (the entity's table was renamed) and on their fields and
 * getters, inherited ones included (the property's column was renamed), into {@link RenameHints} named by
 * the tables and columns Hibernate maps them to. A property mapped to several columns (an embedded value,
 * a composite key) has no single column to rename and is left out.
 */
final class RenameHintsReader {

    private RenameHintsReader() {
    }

    static RenameHints read(Metadata metadata) {
        Set<List<String>> tables = new TreeSet<>(Comparator.comparing(Object::toString));
        Set<List<String>> columns = new TreeSet<>(Comparator.comparing(Object::toString));
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                continue;
            }
            RenamedFrom renamed = type.getAnnotation(RenamedFrom.class);
            if (renamed != null) {
                for (String oldName : renamed.value()) {
                    tables.add(List.of(oldName, entity.getTable().getName()));
                }
            }
            for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
                for (Field field : current.getDeclaredFields()) {
                    addColumn(columns, entity, field, field.getName());
                }
                for (Method method : current.getDeclaredMethods()) {
                    String property = propertyName(method);
                    if (property != null) {
                        addColumn(columns, entity, method, property);
                    }
                }
            }
        }
        RenameHints hints = RenameHints.none();
        for (List<String> table : tables) {
            hints = hints.table(table.get(0), table.get(1));
        }
        for (List<String> column : columns) {
            hints = hints.column(column.get(0), column.get(1), column.get(2));
        }
        return hints;
    }

    private static void addColumn(Set<List<String>> columns, PersistentClass entity, AnnotatedElement element,
            String propertyName) {
        RenamedFrom renamed = element.getAnnotation(RenamedFrom.class);
        if (renamed == null) {
            return;
        }
        Property property = property(entity, propertyName);
        if (property == null) {
            return;
        }
        List<Column> mapped = new ArrayList<>(property.getColumns());
        if (mapped.size() != 1) {
            return;
        }
        String table = property.getValue().getTable().getName();
        for (String oldName : renamed.value()) {
            columns.add(List.of(table, oldName, mapped.get(0).getName()));
        }
    }

    private static @Nullable Property property(PersistentClass entity, String name) {
        Property identifier = entity.getIdentifierProperty();
        if (identifier != null && identifier.getName().equals(name)) {
            return identifier;
        }
        try {
            return entity.getProperty(name);
        }
        catch (MappingException ex) {
            return null;
        }
    }

    private static @Nullable String propertyName(Method method) {
        String name = method.getName();
        if (method.getParameterCount() != 0) {
            return null;
        }
        if (name.startsWith("get") && name.length() > 3) {
            return decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    /** {@code Name} to {@code name}, but {@code URL} stays {@code URL}: the JavaBeans rule. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
