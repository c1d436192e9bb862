package dev.revgraph.autoconfigure.javarevisions;

/** An application bean that a Java revision takes through its constructor. */
public record Greeter(String greeting) {
}
