package cn.incubator.platform.paging;

import cn.incubator.platform.problem.FieldProblemException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a list operation take a {@link PageRequest} parameter, read from the query parameters {@code page} and
 * {@code size}; a value that is not a whole number in range is a 400 naming the parameter and its bounds.
 */
public class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return read(webRequest.getParameter("page"), webRequest.getParameter("size"));
    }

    /** The page asked for by the raw parameter values ({@code null} when absent). */
    static PageRequest read(String page, String size) {
        List<FieldProblemException.FieldProblem> problems = new ArrayList<>();
        int pageNumber = number(page, 0, 0, PageRequest.MAX_PAGE, "page", "Page.page", problems);
        int pageSize = number(size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE, "size", "Page.size", problems);
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    private static int number(String raw, int absent, int min, int max, String field, String code,
            List<FieldProblemException.FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        String value = raw.strip();
        if (value.length() <= 9 && value.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        // As text: a number argument would be formatted with grouping ("100,000").
        problems.add(new FieldProblemException.FieldProblem(field, code, String.valueOf(min), String.valueOf(max)));
        return absent;
    }
}
