package dev.revgraph.autoconfigure.actuate;

import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.RunDescriptor;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * {@link EndpointWebExtension @EndpointWebExtension} for the {@link MigrationsEndpoint}: answers each
 * outcome of a {@code POST} with its HTTP status — 200 for a plan or a completed run, 409 when the
 * database's state stands in the way (a stale {@code expectedCurrent}, with the actual rows), 400 for a
 * bad request, 500 when the run failed, 404 for an unknown tree.
 */
@EndpointWebExtension(endpoint = MigrationsEndpoint.class)
public class MigrationsEndpointWebExtension {

    /** 409: the request conflicts with the database's state. */
    static final int STATUS_CONFLICT = 409;

    private final MigrationsEndpoint delegate;

    public MigrationsEndpointWebExtension(MigrationsEndpoint delegate) {
        this.delegate = delegate;
    }

    /** See {@link MigrationsEndpoint#run}. */
    @WriteOperation
    public WebEndpointResponse<RunDescriptor> run(@Selector String tree, String command, @Nullable String target,
            @Nullable Boolean dryRun, @Nullable String expectedCurrent) {
        RunDescriptor result = this.delegate.run(tree, command, target, dryRun, expectedCurrent);
        if (result == null) {
            return new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
        }
        int status = switch (result.outcomeValue()) {
            case PLANNED, APPLIED -> WebEndpointResponse.STATUS_OK;
            case CONFLICT -> STATUS_CONFLICT;
            case REJECTED -> WebEndpointResponse.STATUS_BAD_REQUEST;
            case FAILED -> WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR;
        };
        return new WebEndpointResponse<>(result, status);
    }
}
