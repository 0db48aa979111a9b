package cn.incubator.platform.test;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list operations of a service that answer with a bare array instead of the one page envelope
 * ({@code cn.incubator.platform.paging.Page}): every {@code GET} handler method of a {@code @RestController} under a
 * package whose body type (inside a {@code ResponseEntity}, if any) is a collection or an array. A service test
 * asserts that there are none, so that a new list operation cannot return a bare array.
 */
public final class ListOperations {

    private ListOperations() {
    }

    /** {@code Controller.method} of each GET handler under {@code basePackage} whose body is a collection or array. */
    public static List<String> bareArrays(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ListOperations.class.getClassLoader());
            found.addAll(bareArrays(type));
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    /** The GET handler methods of one controller class whose body is a collection or an array. */
    public static List<String> bareArrays(Class<?> controller) {
        List<String> found = new ArrayList<>();
        for (Method method : controller.getDeclaredMethods()) {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            if (mapping == null || !Arrays.asList(mapping.method()).contains(RequestMethod.GET)) {
                continue;
            }
            if (isArray(body(method.getGenericReturnType()))) {
                found.add(controller.getSimpleName() + "." + method.getName());
            }
        }
        return found;
    }

    private static Type body(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && HttpEntity.class.isAssignableFrom(raw)) {
            return parameterized.getActualTypeArguments()[0];
        }
        return type;
    }

    private static boolean isArray(Type type) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        return (raw.isArray() && raw != byte[].class) || Collection.class.isAssignableFrom(raw);
    }
}
