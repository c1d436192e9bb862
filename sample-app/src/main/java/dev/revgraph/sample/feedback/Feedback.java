package dev.revgraph.sample.feedback;

import java.util.List;

import dev.revgraph.sample.audit.AuditTrail;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** What users do: add resources and utilizations, comment, like; each change goes to the audit log. */
@Service
@Transactional
public class Feedback {

    private final ResourceRepository resources;

    private final UtilizationRepository utilizations;

    private final CommentRepository comments;

    private final ResourceLikeRepository likes;

    private final CatalogLinks catalogLinks;

    private final AuditTrail audit;

    public Feedback(ResourceRepository resources, UtilizationRepository utilizations, CommentRepository comments,
            ResourceLikeRepository likes, CatalogLinks catalogLinks, AuditTrail audit) {
        this.resources = resources;
        this.utilizations = utilizations;
        this.comments = comments;
        this.likes = likes;
        this.catalogLinks = catalogLinks;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Resource> resources() {
        return this.resources.findAll();
    }

    public Resource addResource(String name, String url) {
        Resource resource = this.resources.saveAndFlush(new Resource(name, url));
        resource.linkToCatalogUnlessItHasAUrl(this.catalogLinks);
        this.audit.record("resource.created", "resource", resource.getId(), null, name);
        return resource;
    }

    @Transactional(readOnly = true)
    public List<Utilization> utilizations(long resourceId) {
        return this.utilizations.findByResourceIdOrderById(resourceId);
    }

    public Utilization addUtilization(long resourceId, String title, String description) {
        Utilization utilization = this.utilizations.save(new Utilization(resource(resourceId), title, description));
        this.audit.record("utilization.created", "resource", resourceId, null, title);
        return utilization;
    }

    public ResourceLike likeResource(long resourceId) {
        ResourceLike like = this.likes.findById(resourceId)
            .orElseGet(() -> this.likes.save(new ResourceLike(resource(resourceId))));
        like.like();
        this.audit.record("resource.liked", "resource", resourceId, null, null);
        return like;
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(long utilizationId) {
        return this.comments.findByUtilizationIdOrderByCreatedAtAscIdAsc(utilizationId);
    }

    public Comment addComment(long utilizationId, String author, String body) {
        Utilization utilization = this.utilizations.findById(utilizationId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No utilization " + utilizationId));
        utilization.countComment();
        Comment comment = this.comments.save(new Comment(utilization, author, body));
        this.audit.record("comment.created", "utilization", utilizationId, author, null);
        return comment;
    }

    public Comment likeComment(long commentId) {
        Comment comment = this.comments.findById(commentId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No comment " + commentId));
        comment.like();
        this.audit.record("comment.liked", "comment", commentId, null, null);
        return comment;
    }

    private Resource resource(long id) {
        return this.resources.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No resource " + id));
    }
}
