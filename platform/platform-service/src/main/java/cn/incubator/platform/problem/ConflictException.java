package cn.incubator.platform.problem;

import org.springframework.http.HttpStatus;

/** The request clashes with the current state (a duplicate code, an illegal transition). */
public class ConflictException extends ProblemException {

    public ConflictException(String slug, Object... args) {
        super(HttpStatus.CONFLICT, slug, args);
    }
}
