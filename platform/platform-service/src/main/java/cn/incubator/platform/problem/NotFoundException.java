package cn.incubator.platform.problem;

import org.springframework.http.HttpStatus;

/** The record does not exist, or exists outside the caller's scope: the two must look the same. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(HttpStatus.NOT_FOUND, "not-found", what, String.valueOf(id));
    }
}
