package dev.revgraph.sample.feedback;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /resources} and their utilizations, as JSON. */
@RestController
@RequestMapping("/resources")
public class ResourceController {

    private final ResourceRepository resources;

    private final UtilizationRepository utilizations;

    public ResourceController(ResourceRepository resources, UtilizationRepository utilizations) {
        this.resources = resources;
        this.utilizations = utilizations;
    }

    @GetMapping
    public List<ResourceView> list() {
        return this.resources.findAll().stream().map(ResourceView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResourceView create(@RequestBody NewResource request) {
        return ResourceView.of(this.resources.save(new Resource(request.name(), request.url())));
    }

    @GetMapping("/{id}/utilizations")
    @Transactional(readOnly = true)
    public List<UtilizationView> utilizations(@PathVariable long id) {
        return this.utilizations.findByResourceIdOrderById(id).stream().map(UtilizationView::of).toList();
    }

    @PostMapping("/{id}/utilizations")
    @ResponseStatus(HttpStatus.CREATED)
    public UtilizationView addUtilization(@PathVariable long id, @RequestBody NewUtilization request) {
        Resource resource = this.resources.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No resource " + id));
        return UtilizationView.of(
                this.utilizations.save(new Utilization(resource, request.title(), request.description())));
    }

    /** A new resource. */
    public record NewResource(String name, String url) {
    }

    /** A new utilization. */
    public record NewUtilization(String title, String description) {
    }

    /** A resource as the API shows it. */
    public record ResourceView(long id, String name, String url, LocalDateTime createdAt) {

        static ResourceView of(Resource resource) {
            return new ResourceView(resource.getId(), resource.getName(), resource.getUrl(), resource.getCreatedAt());
        }
    }

    /** A utilization as the API shows it. */
    public record UtilizationView(long id, String title, String description, int commentCount,
            LocalDateTime createdAt) {

        static UtilizationView of(Utilization utilization) {
            return new UtilizationView(utilization.getId(), utilization.getTitle(), utilization.getDescription(),
                    utilization.getCommentCount(), utilization.getCreatedAt());
        }
    }
}
