package dev.revgraph.sample.feedback;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Comments on utilizations, and their likes, as JSON. */
@RestController
public class CommentController {

    private final Feedback feedback;

    public CommentController(Feedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/utilizations/{id}/comments")
    public List<CommentView> comments(@PathVariable long id) {
        return this.feedback.comments(id).stream().map(CommentView::of).toList();
    }

    @PostMapping("/utilizations/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    public CommentView addComment(@PathVariable long id, @RequestBody NewComment request) {
        return CommentView.of(this.feedback.addComment(id, request.author(), request.body()));
    }

    @PostMapping("/comments/{id}/likes")
    public CommentView like(@PathVariable long id) {
        return CommentView.of(this.feedback.likeComment(id));
    }

    /** A new comment. */
    public record NewComment(String author, String body) {
    }

    /** A comment as the API shows it. */
    public record CommentView(long id, String author, String body, int likeCount, LocalDateTime createdAt) {

        static CommentView of(Comment comment) {
            return new CommentView(comment.getId(), comment.getAuthor(), comment.getBody(), comment.getLikeCount(),
                    comment.getCreatedAt());
        }
    }
}
