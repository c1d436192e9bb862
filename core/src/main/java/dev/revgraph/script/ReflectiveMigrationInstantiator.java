package dev.revgraph.script;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Optional;

import dev.revgraph.ErrorCode;
import dev.revgraph.Migration;
import dev.revgraph.RevGraphException;

/**
 * Creates migrations through their public no-argument constructor: the way outside Spring.
 */
final class ReflectiveMigrationInstantiator implements MigrationInstantiator {

    static final ReflectiveMigrationInstantiator INSTANCE = new ReflectiveMigrationInstantiator();

    private ReflectiveMigrationInstantiator() {
    }

    @Override
    public Migration instantiate(Class<? extends Migration> type) {
        Optional<String> problem = check(type);
        if (problem.isPresent()) {
            throw new RevGraphException(ErrorCode.PARSE_ERROR, "class " + type.getName() + ": " + problem.get());
        }
        try {
            return type.getConstructor().newInstance();
        }
        catch (InvocationTargetException ex) {
            throw new RevGraphException(ErrorCode.PARSE_ERROR,
                    "class " + type.getName() + ": its constructor failed: " + ex.getCause(), ex.getCause());
        }
        catch (ReflectiveOperationException ex) {
            throw new RevGraphException(ErrorCode.PARSE_ERROR,
                    "class " + type.getName() + ": cannot be created: " + ex, ex);
        }
    }

    @Override
    public Optional<String> check(Class<? extends Migration> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.of("a Java revision must be a public class (outside Spring it is created through "
                    + "its public no-argument constructor)");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            return Optional.of("a nested Java revision must be static");
        }
        try {
            Constructor<? extends Migration> constructor = type.getConstructor();
            return Modifier.isPublic(constructor.getModifiers()) ? Optional.empty()
                    : Optional.of("its no-argument constructor is not public");
        }
        catch (NoSuchMethodException ex) {
            return Optional.of("a Java revision needs a public no-argument constructor outside Spring");
        }
    }
}
