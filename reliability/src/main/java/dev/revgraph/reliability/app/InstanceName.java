package dev.revgraph.reliability.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which instance this is ({@code reliability.instance}, else the process id): the Java data migrations
 * take it in their constructor — created through the bean factory — and write it next to their mark, so a
 * failed concurrency trial shows which instance applied what.
 */
@Component
public class InstanceName {

    private final String value;

    public InstanceName(@Value("${reliability.instance:}") String value) {
        this.value = value.isEmpty() ? "pid-" + ProcessHandle.current().pid() : value;
    }

    public String value() {
        return this.value;
    }

}
