package dev.revgraph.sample.feedback;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /resources}, their utilizations and their likes, as JSON. */
@RestController
@RequestMapping("/resources")
public class ResourceController {

    private final Feedback feedback;

    public ResourceController(Feedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping
    public List<ResourceView> list() {
        return this.feedback.resources().stream().map(ResourceView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResourceView create(@RequestBody NewResource request) {
        return ResourceView.of(this.feedback.addResource(request.name(), request.url()));
    }

    @GetMapping("/{id}/utilizations")
    public List<UtilizationView> utilizations(@PathVariable long id) {
        return this.feedback.utilizations(id).stream().map(UtilizationView::of).toList();
    }

    @PostMapping("/{id}/utilizations")
    @ResponseStatus(HttpStatus.CREATED)
    public UtilizationView addUtilization(@PathVariable long id, @RequestBody NewUtilization request) {
        return UtilizationView.of(this.feedback.addUtilization(id, request.title(), request.description()));
    }

    @PostMapping("/{id}/likes")
    public LikesView like(@PathVariable long id) {
        ResourceLike like = this.feedback.likeResource(id);
        return new LikesView(like.getResourceId(), like.getLikeCount());
    }

    /** A new resource; without a URL, it links to its catalog page. */
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

    /** A resource's likes. */
    public record LikesView(long resourceId, int likeCount) {
    }
}
